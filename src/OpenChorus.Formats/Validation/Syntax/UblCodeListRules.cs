using System.Collections.Frozen;
using System.Xml.Linq;
using OpenChorus.Formats.CodeLists;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Ubl.UblNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>BR-CL-01…BR-CL-26 where UBL carries the codes (element text or scheme/list/unit/currency attributes).</summary>
internal static class UblCodeListRules
{
    private static readonly FrozenSet<string> AmountNames = new[]
    {
        "Amount", "BaseAmount", "PriceAmount", "TaxAmount", "TaxableAmount", "LineExtensionAmount", "TaxExclusiveAmount",
        "TaxInclusiveAmount", "AllowanceTotalAmount", "ChargeTotalAmount", "PrepaidAmount", "PayableRoundingAmount", "PayableAmount",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reports the code list rules broken at one element (not the root).</summary>
    public static void Visit(XElement e, ViolationSink sink)
    {
        if (e.Name.Namespace == Cbc)
        {
            CheckBasic(e, sink);
        }
    }

    private static void CheckBasic(XElement e, ViolationSink sink)
    {
        var name = e.Name.LocalName;
        var parent = e.Parent?.Name.LocalName;
        switch (name)
        {
            case "InvoiceTypeCode": Text(e, CodeList.InvoiceTypeCodes, "BR-CL-01", sink); break;
            case "CreditNoteTypeCode": Text(e, CodeList.CreditNoteTypeCodes, "BR-CL-01", sink); break;
            case "DocumentCurrencyCode": Text(e, CodeList.CurrencyCodes, "BR-CL-04", sink); break;
            case "TaxCurrencyCode": Text(e, CodeList.CurrencyCodes, "BR-CL-05", sink); break;
            case "DescriptionCode" when parent == "InvoicePeriod": Text(e, CodeList.VatDateCodesUbl, "BR-CL-06", sink); break;
            case "Note" when e.Parent?.Parent is null: Note(e, sink); break;
            case "ID" when parent is "AdditionalDocumentReference" or "DocumentReference" &&
                e.Parent!.ChildText(B("DocumentTypeCode")) == "130":
                Attribute(e, "schemeID", CodeList.ReferenceSchemeCodes, "BR-CL-07", sink); break;
            case "ID" when parent == "PartyIdentification": PartyIdentification(e, sink); break;
            case "CompanyID" when parent == "PartyLegalEntity": Attribute(e, "schemeID", CodeList.IcdSchemes, "BR-CL-11", sink); break;
            case "ItemClassificationCode" when parent == "CommodityClassification":
                Attribute(e, "listID", CodeList.ItemClassificationSchemes, "BR-CL-13", sink); break;
            case "IdentificationCode" when parent == "Country": Text(e, CodeList.CountryCodes, "BR-CL-14", sink); break;
            case "IdentificationCode" when parent == "OriginCountry": Text(e, CodeList.CountryCodes, "BR-CL-15", sink); break;
            case "PaymentMeansCode" when parent == "PaymentMeans": Text(e, CodeList.PaymentMeansCodes, "BR-CL-16", sink); break;
            case "ID" when parent == "TaxCategory": Text(e, CodeList.VatCategoryCodes, "BR-CL-17", sink); break;
            case "ID" when parent == "ClassifiedTaxCategory": Text(e, CodeList.VatCategoryCodes, "BR-CL-18", sink); break;
            case "AllowanceChargeReasonCode": ReasonCode(e, sink); break;
            case "ID" when parent == "StandardItemIdentification": Attribute(e, "schemeID", CodeList.IcdSchemes, "BR-CL-21", sink); break;
            case "TaxExemptionReasonCode": Upper(e, sink); break;
            case "InvoicedQuantity" or "BaseQuantity" or "CreditedQuantity": Attribute(e, "unitCode", CodeList.UnitCodes, "BR-CL-23", sink); break;
            case "EmbeddedDocumentBinaryObject": Attribute(e, "mimeCode", CodeList.MimeCodes, "BR-CL-24", sink); break;
            case "EndpointID": Attribute(e, "schemeID", CodeList.ElectronicAddressSchemes, "BR-CL-25", sink); break;
            case "ID" when parent == "DeliveryLocation": Attribute(e, "schemeID", CodeList.IcdSchemes, "BR-CL-26", sink); break;
            default:
                if (AmountNames.Contains(name) && !CodeList.CurrencyCodes.Contains(e.Attr("currencyID") ?? ""))
                {
                    Report(e, "BR-CL-03", e.Attr("currencyID") ?? "", sink);
                }

                break;
        }
    }

    private static void PartyIdentification(XElement e, ViolationSink sink)
    {
        var scheme = e.Attr("schemeID");
        var sepaAllowed = scheme == "SEPA" && e.Ancestors().Any(a => a.Name == A("AccountingSupplierParty") || a.Name == A("PayeeParty"));
        if (scheme is not null && !sepaAllowed && !CodeList.IcdSchemes.Contains(scheme))
        {
            Report(e, "BR-CL-10", scheme, sink);
        }
    }

    private static void ReasonCode(XElement e, ViolationSink sink)
    {
        if (e.Parent?.Element(B("ChargeIndicator")).Boolean() is { } isCharge)
        {
            Text(e, isCharge ? CodeList.ChargeReasonCodes : CodeList.AllowanceReasonCodes, isCharge ? "BR-CL-20" : "BR-CL-19", sink);
        }
    }

    private static void Note(XElement e, ViolationSink sink)
    {
        var text = e.Value;
        var first = text.IndexOf('#', StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf('#', first + 1);
        if (second - first == 4 && !CodeList.NoteSubjectCodesUbl.Contains(text[(first + 1)..second]))
        {
            Report(e, "BR-CL-08", text[(first + 1)..second], sink);
        }
    }

    private static void Upper(XElement e, ViolationSink sink)
    {
        if (!CodeList.VatExemptionReasonCodes.Contains(e.Value.Trim().ToUpperInvariant()))
        {
            Report(e, "BR-CL-22", e.Value.Trim(), sink);
        }
    }
}
