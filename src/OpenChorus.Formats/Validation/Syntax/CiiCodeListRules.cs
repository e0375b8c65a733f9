using System.Xml.Linq;
using OpenChorus.Formats.CodeLists;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Cii.CiiNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>BR-CL-01…BR-CL-26 where CII carries the codes.</summary>
internal static class CiiCodeListRules
{
    /// <summary>Reports the code list rules broken at one element (not the root).</summary>
    public static void Visit(XElement e, ViolationSink sink)
    {
        if (e.Name.Namespace == Ram)
        {
            CheckAggregate(e, sink);
        }
    }

    private static void CheckAggregate(XElement e, ViolationSink sink)
    {
        var parent = e.Parent?.Name.LocalName;
        switch (e.Name.LocalName)
        {
            case "TypeCode" when parent == "ExchangedDocument": Text(e, CodeList.CiiDocumentTypeCodes, "BR-CL-01", sink); break;
            case "TaxTotalAmount": Attribute(e, "currencyID", CodeList.CurrencyCodes, "BR-CL-03", sink); break;
            case "InvoiceCurrencyCode": Text(e, CodeList.CurrencyCodes, "BR-CL-04", sink); break;
            case "TaxCurrencyCode": Text(e, CodeList.CurrencyCodes, "BR-CL-05", sink); break;
            case "DueDateTypeCode": Text(e, CodeList.VatDateCodesCii, "BR-CL-06", sink); break;
            case "ReferenceTypeCode": Text(e, CodeList.ReferenceSchemeCodes, "BR-CL-07", sink); break;
            case "SubjectCode": Text(e, CodeList.NoteSubjectCodesCii, "BR-CL-08", sink); break;
            case "GlobalID" when parent == "SpecifiedTradeProduct": Attribute(e, "schemeID", CodeList.IcdSchemes, "BR-CL-21", sink); break;
            case "GlobalID" when parent == "ShipToTradeParty" && e.Parent?.Parent?.Name.LocalName == "ApplicableHeaderTradeDelivery":
                Attribute(e, "schemeID", CodeList.IcdSchemes, "BR-CL-26", sink); break;
            case "GlobalID": Attribute(e, "schemeID", CodeList.IcdSchemes, "BR-CL-10", sink); break;
            case "ID" when !e.Ancestors(R("SpecifiedTaxRegistration")).Any():
                Attribute(e, "schemeID", CodeList.IcdSchemes, "BR-CL-11", sink); break;
            case "ClassCode": Attribute(e, "listID", CodeList.ItemClassificationSchemes, "BR-CL-13", sink); break;
            case "CountryID": Text(e, CodeList.CountryCodes, "BR-CL-14", sink); break;
            case "ID" when parent == "OriginTradeCountry": Text(e, CodeList.CountryCodes, "BR-CL-15", sink); break;
            case "TypeCode" when parent == "SpecifiedTradeSettlementPaymentMeans": Text(e, CodeList.PaymentMeansCodes, "BR-CL-16", sink); break;
            case "CategoryCode" when parent == "CategoryTradeTax": Text(e, CodeList.VatCategoryCodes, "BR-CL-17", sink); break;
            case "CategoryCode" when parent == "ApplicableTradeTax": Text(e, CodeList.VatCategoryCodes, "BR-CL-18", sink); break;
            case "ReasonCode" when parent == "SpecifiedTradeAllowanceCharge": ReasonCode(e, sink); break;
            case "ExemptionReasonCode":
                if (!CodeList.VatExemptionReasonCodes.Contains(e.Value.Trim().ToUpperInvariant()))
                {
                    Report(e, "BR-CL-22", e.Value.Trim(), sink);
                }

                break;
            case "BasisQuantity" or "BilledQuantity": Attribute(e, "unitCode", CodeList.UnitCodes, "BR-CL-23", sink); break;
            case "AttachmentBinaryObject": Attribute(e, "mimeCode", CodeList.MimeCodes, "BR-CL-24", sink); break;
            case "URIID" when parent == "URIUniversalCommunication": Attribute(e, "schemeID", CodeList.ElectronicAddressSchemes, "BR-CL-25", sink); break;
            default: break;
        }
    }

    private static void ReasonCode(XElement e, ViolationSink sink)
    {
        if (e.Parent.Path(R("ChargeIndicator"), Udt + "Indicator").Boolean() is { } isCharge)
        {
            Text(e, isCharge ? CodeList.ChargeReasonCodes : CodeList.AllowanceReasonCodes, isCharge ? "BR-CL-20" : "BR-CL-19", sink);
        }
    }
}
