using System.Xml.Linq;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Cii.CiiNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>The CII syntax rules whose test is more than a plain count (the rest come from <see cref="SyntaxRuleTable"/>).</summary>
internal sealed class CiiSyntaxRules(XElement root, ViolationSink sink)
{
    private static readonly XName DateTimeString = Udt + "DateTimeString";

    private readonly HashSet<string> _paymentTypeCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _paymentInformation = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dueDateTypeCodes = new(StringComparer.Ordinal);
    private readonly List<XElement> _dates102 = [];
    private readonly CiiConditionalRules _conditional = new(root, sink);

    /// <summary>The rules on one element met in the document pass (not the root).</summary>
    public void Visit(XElement e)
    {
        _conditional.Visit(e);
        if (e.Name == DateTimeString && e.Attr("format") == "102")
        {
            _dates102.Add(e);
        }

        if (e.Name.Namespace != Ram)
        {
            return;
        }

        var name = e.Name.LocalName;
        if (name.EndsWith("Amount", StringComparison.Ordinal) && name != "TaxTotalAmount")
        {
            Require(e.Attribute("currencyID") is null, e, "CII-DT-031", sink);
        }

        if (name.EndsWith("ReferencedDocument", StringComparison.Ordinal))
        {
            ReferencedDocument(e, sink);
        }

        if (name.EndsWith("TradeTax", StringComparison.Ordinal))
        {
            Require(e.Element(R("TypeCode")) is not { } typeCode || typeCode.Value == "VAT", e, "CII-DT-037", sink);
        }

        switch (name)
        {
            case "TypeCode" when e.Parent?.Name == R("SpecifiedTradeSettlementPaymentMeans"):
                _paymentTypeCodes.Add(e.Value.Trim());
                break;
            case "Information" when e.Parent?.Name == R("SpecifiedTradeSettlementPaymentMeans"):
                _paymentInformation.Add(e.Value.Trim());
                break;
            case "DueDateTypeCode" when e.Parent?.Name == R("ApplicableTradeTax"):
                _dueDateTypeCodes.Add(e.Value);
                break;
            case "SpecifiedTradeAllowanceCharge":
                Require(e.Element(R("ChargeIndicator")) is not null, e, "CII-SR-463", sink);
                break;
            case "ApplicableHeaderTradeSettlement" when e.Parent?.Name == S("SupplyChainTradeTransaction"):
                Settlement(e, sink);
                break;
            default:
                break;
        }
    }

    /// <summary>The rules on the document as a whole, once every element has been visited.</summary>
    public void Finish()
    {
        _conditional.CheckDocument();
        Require(_paymentTypeCodes.Count <= 1, root, "CII-SR-467", sink);
        Require(_paymentInformation.Count <= 1, root, "CII-SR-468", sink);
        if (root.Path(S("SupplyChainTradeTransaction"), R("ApplicableHeaderTradeSettlement")) is { } settlement)
        {
            Require(_dueDateTypeCodes.Count <= 1, settlement, "CII-SR-462", sink);
        }

        foreach (var date in _dates102)
        {
            Require(date.Date("yyyyMMdd") is not null, date, "CII-DT-097", sink);
        }
    }

    private static void Settlement(XElement settlement, ViolationSink sink)
    {
        var currency = settlement.ChildText(R("InvoiceCurrencyCode"));
        var vatSum = Rules.Amounts.Round2(settlement.Elements(R("ApplicableTradeTax")).Sum(t => t.Element(R("CalculatedAmount")).Decimal() ?? 0m));
        var totals = settlement.Element(R("SpecifiedTradeSettlementHeaderMonetarySummation"))?.Elements(R("TaxTotalAmount")) ?? [];
        foreach (var total in totals.Where(t => t.Attr("currencyID") == currency))
        {
            // BR-CO-14 as the CII binding states it: the VAT total in the invoice currency is the rounded sum of BT-117.
            Require(total.Decimal() == vatSum, total, "BR-CO-14", sink);
        }

        var transfersWithoutAccount = settlement.Elements(R("SpecifiedTradeSettlementPaymentMeans")).Count(m =>
            m.ChildText(R("TypeCode")) is "30" or "58" &&
            !m.Elements(R("PayeePartyCreditorFinancialAccount")).Any(a => a.Element(R("IBANID")) is not null || a.Element(R("ProprietaryID")) is not null));
        Require(transfersWithoutAccount == 0, settlement, "CII-SR-470", sink);
    }

    private static void ReferencedDocument(XElement e, ViolationSink sink)
    {
        var additional = e.Name.LocalName == "AdditionalReferencedDocument";
        var type = e.ChildText(R("TypeCode"));
        Require(e.Element(R("URIID")) is null || (additional && type == "916"), e, "CII-DT-015", sink);
        Require(e.Element(R("TypeCode")) is null || (additional && type is "50" or "130" or "916"), e, "CII-DT-018", sink);
        Require(e.Element(R("Name")) is null || (additional && type == "916"), e, "CII-DT-021", sink);
        Require(e.Element(R("AttachmentBinaryObject")) is null || (additional && type == "916"), e, "CII-DT-022", sink);
        Require(e.Element(R("ReferenceTypeCode")) is null || (additional && type == "130"), e, "CII-DT-024", sink);
        Require(e.Element(R("FormattedIssueDateTime")) is null || e.Name.LocalName == "InvoiceReferencedDocument", e, "CII-DT-027", sink);
    }

    private static void Require(bool condition, XElement at, string rule, ViolationSink sink)
    {
        if (!condition)
        {
            Report(at, rule, sink);
        }
    }
}
