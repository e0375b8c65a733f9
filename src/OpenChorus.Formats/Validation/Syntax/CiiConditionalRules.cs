using System.Xml.Linq;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Cii.CiiNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>
/// The CII-SR and CII-DT rules whose test has a condition, a predicate or a document-wide path the generated table cannot
/// hold: one identifier kind per party, at most one referenced document of a type, attributes and children a data type
/// only allows in some places.
/// </summary>
internal sealed class CiiConditionalRules(XElement root, ViolationSink sink)
{
    private bool? _billedQuantityHasUnit;

    /// <summary>The rules on one element met in the document pass.</summary>
    public void Visit(XElement e)
    {
        var name = e.Name.LocalName;
        if (name.EndsWith("DocumentContextParameter", StringComparison.Ordinal))
        {
            Require(e.Element(R("Value")) is null, e, "CII-SR-04");
            Require(e.Element(R("SpecifiedDocumentVersion")) is null, e, "CII-SR-05");
        }

        if (e.Name.Namespace != Ram)
        {
            return;
        }

        if (name.EndsWith("Amount", StringComparison.Ordinal) && name != "TaxTotalAmount")
        {
            Require(e.Attribute("currencyCodeListVersionID") is null, e, "CII-DT-032");
        }
        else if (name.EndsWith("Quantity", StringComparison.Ordinal) && e.Attribute("unitCode") is not null)
        {
            _billedQuantityHasUnit ??= root.Path(S("SupplyChainTradeTransaction"))?.Elements(R("IncludedSupplyChainTradeLineItem"))
                .Any(l => l.Path(R("SpecifiedLineTradeDelivery"))?.Elements(R("BilledQuantity")).Any(q => q.Attribute("unitCode") is not null) == true) == true;
            Require(_billedQuantityHasUnit.Value, e, "CII-DT-033");
        }
        else if (name.EndsWith("TradeTax", StringComparison.Ordinal))
        {
            TradeTax(e);
        }
    }

    /// <summary>The rules on the header, the lines and the document as a whole.</summary>
    public void CheckDocument()
    {
        var transaction = root.Element(S("SupplyChainTradeTransaction"));
        var settlement = transaction?.Element(R("ApplicableHeaderTradeSettlement"));
        Require(transaction?.Elements(R("ApplicableHeaderTradeSettlement")).Sum(s => s.Elements(R("PaymentReference")).Count()) is null or <= 1, root, "CII-SR-469");
        if (transaction is null)
        {
            return;
        }

        foreach (var line in transaction.Elements(R("IncludedSupplyChainTradeLineItem")))
        {
            Line(line);
        }

        if (transaction.Element(R("ApplicableHeaderTradeAgreement")) is { } agreement)
        {
            Agreement(agreement);
        }

        if (transaction.Element(R("ApplicableHeaderTradeDelivery")) is { } delivery)
        {
            Require(!HasBothIds(delivery, "ShipToTradeParty"), delivery, "CII-SR-449");
        }

        if (settlement is not null)
        {
            Require(!HasBothIds(settlement, "PayeeTradeParty"), settlement, "CII-SR-451");
        }
    }

    private void TradeTax(XElement tax)
    {
        var inHeaderSettlement = tax.Ancestors(R("ApplicableHeaderTradeSettlement")).Any();
        Require(inHeaderSettlement || tax.Element(R("BasisAmount")) is null, tax, "CII-DT-041");
        Require(inHeaderSettlement || tax.Element(R("TaxPointDate")) is null, tax, "CII-DT-054");
        Require(inHeaderSettlement || tax.Element(R("DueDateTypeCode")) is null, tax, "CII-DT-058");
        var applicable = tax.Name.LocalName == "ApplicableTradeTax";
        Require(applicable || tax.Element(R("ExemptionReasonCode")) is null, tax, "CII-DT-052");
        Require(applicable || tax.Element(R("ExemptionReason")) is null, tax, "CII-DT-098");
    }

    private void Line(XElement line)
    {
        foreach (var product in line.Elements(R("SpecifiedTradeProduct")))
        {
            var globalIds = product.Elements(R("GlobalID")).ToList();
            Require(globalIds.Count == 0 || globalIds.Any(g => g.Attribute("schemeID") is not null), product, "CII-SR-046");
            var origins = product.Elements(R("OriginTradeCountry")).ToList();
            Require(origins.Count == 0 || origins.Sum(o => o.Elements(R("ID")).Count()) == 1, product, "CII-SR-090");
        }

        foreach (var agreement in line.Elements(R("SpecifiedLineTradeAgreement")))
        {
            var charges = agreement.Elements(R("GrossPriceProductTradePrice")).Elements(R("AppliedTradeAllowanceCharge")).ToList();
            var indicators = charges.Elements(R("ChargeIndicator")).ToList();
            var hasAmount = charges.Elements(R("ActualAmount")).Any();
            var allowance = indicators.Any(i => i.Elements(Udt + "Indicator").Any(b => b.Value.Trim() is "false" or "0"));
            Require((allowance && hasAmount) || (indicators.Count == 0 && !hasAmount), agreement, "CII-SR-119");
        }

        foreach (var settlement in line.Elements(R("SpecifiedLineTradeSettlement")))
        {
            Require(Documents(settlement, "130", trim: true).Count() <= 1, settlement, "CII-SR-474");
        }
    }

    private void Agreement(XElement agreement)
    {
        Require(!HasBothIds(agreement, "BuyerTradeParty"), agreement, "CII-SR-450");
        Require(Documents(agreement, "50", trim: false).Count() <= 1, agreement, "CII-SR-457");
        Require(Documents(agreement, "130", trim: false).Count() <= 1, agreement, "CII-SR-458");
        Require(!HasPersonAndDepartment(agreement, "SellerTradeParty"), agreement, "CII-SR-465");
        Require(!HasPersonAndDepartment(agreement, "BuyerTradeParty"), agreement, "CII-SR-466");
        var attachments = Documents(agreement, "916", trim: true).ToList();
        Require(attachments.Sum(d => d.Elements(R("Name")).Count()) <= 1, agreement, "CII-SR-475");
        Require(attachments.Sum(d => d.Elements(R("AttachmentBinaryObject")).Count()) <= 1, agreement, "CII-SR-476");
    }

    /// <summary>The additional referenced documents with a type code (compared as written, or with spaces normalised).</summary>
    private static IEnumerable<XElement> Documents(XElement parent, string typeCode, bool trim) =>
        parent.Elements(R("AdditionalReferencedDocument")).Where(d =>
            d.Elements(R("TypeCode")).Any(t => (trim ? string.Join(' ', t.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : t.Value) == typeCode));

    private static bool HasBothIds(XElement parent, string party) =>
        parent.Elements(R(party)).Elements(R("ID")).Any() && parent.Elements(R(party)).Elements(R("GlobalID")).Any();

    private static bool HasPersonAndDepartment(XElement agreement, string party)
    {
        var contacts = agreement.Elements(R(party)).Elements(R("DefinedTradeContact")).ToList();
        return contacts.Elements(R("PersonName")).Any() && contacts.Elements(R("DepartmentName")).Any();
    }

    private void Require(bool condition, XElement at, string rule)
    {
        if (!condition)
        {
            Report(at, rule, sink);
        }
    }
}
