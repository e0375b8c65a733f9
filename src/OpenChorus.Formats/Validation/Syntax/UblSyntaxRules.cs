using System.Xml.Linq;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Ubl.UblNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>The UBL syntax rules whose test is more than a plain count (the rest come from <see cref="SyntaxRuleTable"/>).</summary>
internal sealed class UblSyntaxRules(XElement root, ViolationSink sink)
{
    private readonly HashSet<string> _paymentMeansCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _paymentIds = new(StringComparer.Ordinal);
    private int _sepaIds;

    /// <summary>The rules on one element met in the document pass (not the root).</summary>
    public void Visit(XElement e)
    {
        var name = e.Name.LocalName;
        if (name.EndsWith("Amount", StringComparison.Ordinal) && !name.EndsWith("PriceAmount", StringComparison.Ordinal) &&
            e.Value.AsSpan().Trim() is var text && text.IndexOf('.') is var dot && dot >= 0 && text.Length - dot - 1 > 2 &&
            !e.Ancestors(A("Price")).Any())
        {
            Report(e, "UBL-DT-01", sink);
        }

        if (name.EndsWith("BinaryObject", StringComparison.Ordinal))
        {
            Require(e.Attribute("mimeCode") is not null, e, "UBL-DT-06", sink);
            Require(e.Attribute("filename") is not null, e, "UBL-DT-07", sink);
        }

        UblRestrictionRules.Visit(e, sink);
        switch (name)
        {
            case "PartyTaxScheme" when e.Name.Namespace == Cac:
                Require(e.Path(A("TaxScheme"), B("ID")) is not null && e.Element(B("CompanyID")) is not null, e, "UBL-SR-53", sink);
                break;
            case "PaymentMeansCode":
                _paymentMeansCodes.Add(e.Value);
                break;
            case "PaymentID":
                _paymentIds.Add(e.Value);
                break;
            case "ID" when e.Parent?.Name == A("PartyIdentification") && string.Equals(e.Attr("schemeID"), "SEPA", StringComparison.OrdinalIgnoreCase):
                _sepaIds++;
                break;
            case "AdditionalDocumentReference":
                AdditionalDocument(root, e, sink);
                break;
            case "PostalAddress" or "Address" when e.Name.Namespace == Cac:
                Require(e.Elements(A("AddressLine")).Count() <= 1, e, "UBL-SR-51", sink);
                break;
            case "PayeeParty":
                Payee(root, e, sink);
                break;
            default:
                break;
        }
    }

    /// <summary>The rules on the document as a whole, once every element has been visited.</summary>
    public void Finish()
    {
        Require(_paymentMeansCodes.Count <= 1, root, "UBL-SR-47", sink);
        Require(_paymentIds.Count <= 1, root, "UBL-SR-44", sink);
        Require(_sepaIds <= 1, root, "UBL-SR-29", sink);
        Header(root, sink);
        VatTotalSum(root, sink);
        VatAccountingCurrencyTotal(root, sink);
        UblRestrictionRules.CheckRoot(root, sink);
    }

    private static void Header(XElement root, ViolationSink sink)
    {
        var documents130 = root.Elements(A("AdditionalDocumentReference")).Where(d => d.ChildText(B("DocumentTypeCode")) == "130");
        Require(documents130.Count(d => d.Element(B("ID")) is not null) <= 1, root, "UBL-SR-04", sink);
        var supplierSchemes = root.Path(A("AccountingSupplierParty"), A("Party"))?.Elements(A("PartyTaxScheme")).ToList() ?? [];
        Require(supplierSchemes.Count(s => IsVat(s) && s.Element(B("CompanyID")) is not null) <= 1, root, "UBL-SR-12", sink);
        Require(supplierSchemes.Count(s => !IsVat(s) && s.Element(B("CompanyID")) is not null) <= 1, root, "UBL-SR-13", sink);
        var customerSchemes = root.Path(A("AccountingCustomerParty"), A("Party"))?.Elements(A("PartyTaxScheme")) ?? [];
        Require(customerSchemes.Count(s => IsVat(s) && s.Element(B("CompanyID")) is not null) <= 1, root, "UBL-SR-18", sink);
        foreach (var allowanceCharge in root.Elements(A("AllowanceCharge")))
        {
            if (allowanceCharge.Element(B("ChargeIndicator")).Boolean() is { } isCharge)
            {
                Require(allowanceCharge.Elements(B("AllowanceChargeReason")).Count() <= 1, allowanceCharge,
                    isCharge ? "UBL-SR-31" : "UBL-SR-30", sink);
            }
        }
    }

    /// <summary>BR-CO-14 as the UBL binding states it: each TaxTotal with subtotals carries their rounded sum.</summary>
    /// <summary>
    /// BR-53 as the UBL binding states it: for the VAT accounting currency (BT-6), a tax amount in that currency
    /// somewhere in the document (BT-111), whether or not the document has its monetary total.
    /// </summary>
    private static void VatAccountingCurrencyTotal(XElement root, ViolationSink sink)
    {
        foreach (var currency in root.Elements(B("TaxCurrencyCode")))
        {
            Require(root.Descendants(A("TaxTotal")).Elements(B("TaxAmount")).Any(t => t.Attr("currencyID") == currency.Value), root, "BR-53", sink);
        }
    }

    private static void VatTotalSum(XElement root, ViolationSink sink)
    {
        foreach (var taxTotal in root.Elements(A("TaxTotal")))
        {
            var subtotals = taxTotal.Elements(A("TaxSubtotal")).ToList();
            if (subtotals.Count > 0)
            {
                var sum = subtotals.Sum(s => s.Element(B("TaxAmount")).Decimal() ?? 0m);
                Require(taxTotal.Element(B("TaxAmount")).Decimal() == Rules.Amounts.Round2(sum), taxTotal, "BR-CO-14", sink);
            }
        }
    }

    private static bool IsVat(XElement taxScheme) =>
        string.Equals(taxScheme.Path(A("TaxScheme"), B("ID")).Text(), "VAT", StringComparison.OrdinalIgnoreCase);

    private static void AdditionalDocument(XElement root, XElement e, ViolationSink sink)
    {
        var type = e.ChildText(B("DocumentTypeCode"));
        var ok = type == "130" || (root.Name.LocalName == "CreditNote" && type == "50") ||
            (e.Element(B("ID"))?.Attribute("schemeID") is null && type is null);
        Require(ok, e, "UBL-SR-43", sink);
    }

    private static void Payee(XElement root, XElement payee, ViolationSink sink)
    {
        var names = payee.Elements(A("PartyName")).Select(p => p.ChildText(B("Name"))).OfType<string>().ToList();
        var sellerName = root.Path(A("AccountingSupplierParty"), A("Party"), A("PartyLegalEntity"), B("RegistrationName")).Text();
        var differs = names.Count > 0 && sellerName is not null && names.Any(n => n != sellerName);
        Require(names.Count <= 1 && differs, payee, "UBL-SR-19", sink);
        var ids = payee.Elements(A("PartyIdentification")).Select(p => p.Element(B("ID")))
            .Count(id => id is not null && !string.Equals(id.Attr("schemeID"), "SEPA", StringComparison.OrdinalIgnoreCase));
        Require(ids <= 1 && differs, payee, "UBL-SR-20", sink);
        Require(payee.Elements(A("PartyLegalEntity")).Count(l => l.Element(B("CompanyID")) is not null) <= 1 && differs, payee, "UBL-SR-21", sink);
    }

    private static void Require(bool condition, XElement at, string rule, ViolationSink sink)
    {
        if (!condition)
        {
            Report(at, rule, sink);
        }
    }
}
