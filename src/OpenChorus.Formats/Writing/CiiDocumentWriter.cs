using System.Globalization;
using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

/// <summary>One CII document being written in a Factur-X profile: context, document header and trade agreement.</summary>
internal sealed partial class CiiDocumentWriter(Invoice invoice, FacturXProfile profile) : XmlOutput
{
    private const string Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private const string Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private const string Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";
    private const string Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    private readonly bool _withLines = profile is not (FacturXProfile.Minimum or FacturXProfile.BasicWl);

    public void WriteDocument()
    {
        Xml.WriteStartDocument();
        Xml.WriteStartElement("rsm", "CrossIndustryInvoice", Rsm);
        Xml.WriteAttributeString("xmlns", "qdt", null, Qdt);
        Xml.WriteAttributeString("xmlns", "ram", null, Ram);
        Xml.WriteAttributeString("xmlns", "udt", null, Udt);
        WriteContext();
        WriteExchangedDocument();
        Xml.WriteStartElement("rsm", "SupplyChainTradeTransaction", Rsm);
        if (_withLines)
        {
            foreach (var line in invoice.Lines)
            {
                WriteLine(line);
            }
        }
        else if (invoice.Lines.Count > 0)
        {
            Lose("BG-25", $"Le profil {profile.Name()} ne porte pas de lignes (BG-25) : elles n'ont pas été écrites.",
                $"The {profile.Name()} profile carries no invoice lines (BG-25): not written.");
        }

        WriteAgreement();
        WriteDelivery();
        WriteSettlement();
        End();
        Xml.WriteEndElement();
    }

    private void WriteContext()
    {
        Xml.WriteStartElement("rsm", "ExchangedDocumentContext", Rsm);
        if (Keep("BT-23", invoice.BusinessProcess))
        {
            R("BusinessProcessSpecifiedDocumentContextParameter");
            Leaf("ID", invoice.BusinessProcess);
            End();
        }

        var specification = invoice.SpecificationId;
        if (profile != FacturXProfile.En16931 && specification != profile.SpecificationId())
        {
            if (specification is not null)
            {
                Lose("BT-24", $"L'identifiant de spécification (BT-24) « {specification} » est remplacé par celui du profil {profile.Name()}.",
                    $"The specification identifier (BT-24) \"{specification}\" is replaced by the {profile.Name()} profile's own.");
            }

            specification = profile.SpecificationId();
        }

        R("GuidelineSpecifiedDocumentContextParameter");
        Leaf("ID", specification ?? "");
        End();
        End();
    }

    private void WriteExchangedDocument()
    {
        Xml.WriteStartElement("rsm", "ExchangedDocument", Rsm);
        Leaf("ID", invoice.Number ?? "");
        Leaf("TypeCode", invoice.TypeCode ?? "");
        Date("IssueDateTime", invoice.IssueDate, always: true);
        foreach (var note in invoice.Notes)
        {
            if (Keep("BT-22", note.Text))
            {
                R("IncludedNote");
                Leaf("Content", note.Text);
                Leaf("SubjectCode", note.SubjectCode);
                End();
            }
        }

        End();
    }

    private void WriteAgreement()
    {
        R("ApplicableHeaderTradeAgreement");
        Leaf("BuyerReference", invoice.BuyerReference, "BT-10");
        WriteParty("SellerTradeParty", invoice.Seller, PartyRole.Seller);
        WriteParty("BuyerTradeParty", invoice.Buyer, PartyRole.Buyer);
        WriteTaxRepresentative(invoice.TaxRepresentative);
        ReferencedDocument("SellerOrderReferencedDocument", invoice.SalesOrderReference, "BT-14");
        ReferencedDocument("BuyerOrderReferencedDocument", invoice.PurchaseOrderReference, "BT-13");
        ReferencedDocument("ContractReferencedDocument", invoice.ContractReference, "BT-12");
        WriteAdditionalDocuments();
        if (Keep("BT-11", invoice.ProjectReference))
        {
            R("SpecifiedProcuringProject");
            Leaf("ID", invoice.ProjectReference);
            // ram:Name is mandatory in CII and has no EN 16931 term.
            Leaf("Name", "Project reference");
            End();
        }

        End();
    }

    /// <summary>True when the value is there and the profile carries its term; a value the profile drops is recorded.</summary>
    private bool Keep(string term, object? value)
    {
        if (value is null)
        {
            return false;
        }

        if (FacturXProfileTerms.Carries(profile, term))
        {
            return true;
        }

        Lose(term, $"Le profil {profile.Name()} ne porte pas {term} : la valeur n'a pas été écrite.",
            $"The {profile.Name()} profile does not carry {term}: the value was not written.");
        return false;
    }

    private void R(string name) => Xml.WriteStartElement("ram", name, Ram);

    private void End() => Xml.WriteEndElement();

    private void Leaf(string name, string? value) => Leaf("ram", name, Ram, value);

    private void Leaf(string name, string? value, string term)
    {
        if (Keep(term, value))
        {
            Leaf("ram", name, Ram, value);
        }
    }

    private void Leaf(string name, decimal? value, string term)
    {
        if (Keep(term, value))
        {
            Leaf("ram", name, Ram, Number(value));
        }
    }

    /// <summary>A date element holding udt:DateTimeString (or the element given) of format 102 (yyyyMMdd).</summary>
    private void Date(string name, DateOnly? date, bool always = false, string dataType = Udt, string element = "DateTimeString")
    {
        if (date is null && !always)
        {
            return;
        }

        R(name);
        Xml.WriteStartElement(dataType == Udt ? "udt" : "qdt", element, dataType);
        Xml.WriteAttributeString("format", "102");
        Xml.WriteString(date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "");
        Xml.WriteEndElement();
        End();
    }
}
