using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>BR-12…BR-15, BR-53 and the calculation rules BR-CO-10…BR-CO-16 on the document totals (BG-22).</summary>
/// <param name="checkVatTotalSum">
/// False when the invoice was read from a document, whose binding then checks BR-CO-14 on its own elements (each
/// binding sums the VAT of its own elements), and, for UBL, BR-53 (any tax amount in the VAT accounting currency, even
/// without a monetary total, which the model does not hold).
/// </param>
internal sealed class TotalsRules(bool checkVatTotalSum) : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        var at = invoice.Location;
        var cii = invoice.Syntax == InvoiceSyntax.Cii;
        var checkBr53 = checkVatTotalSum || cii; // on a UBL document, UblSyntaxRules checks BR-53
        CheckVatTotal(invoice, sink);
        if (invoice.Totals is not { } totals)
        {
            if (checkBr53 && !cii && !IsBlank(invoice.VatCurrencyCode))
            {
                sink.Require(invoice.Totals?.VatTotalInAccountingCurrency is not null, "BR-53", at);
            }

            return;
        }

        sink.Require(totals.LineNetTotal is not null, "BR-12", at);
        sink.Require(totals.TaxExclusiveAmount is not null, "BR-13", at);
        sink.Require(totals.TaxInclusiveAmount is not null, "BR-14", at);
        sink.Require(totals.PayableAmount is not null, "BR-15", at);
        sink.Require(!checkBr53 || IsBlank(invoice.VatCurrencyCode) || (totals.VatTotalInAccountingCurrency is not null &&
            (!cii || invoice.VatCurrencyCode != invoice.CurrencyCode)), "BR-53", at);
        sink.Require(totals.LineNetTotal == Round2(Sum(invoice.Lines, l => l.NetAmount)), "BR-CO-10", at);
        var allowances = invoice.Allowances.ToList();
        var charges = invoice.Charges.ToList();
        sink.Require((totals.AllowanceTotal is null && allowances.Count == 0) ||
            totals.AllowanceTotal == Round2(Sum(allowances, a => a.Amount)), "BR-CO-11", at);
        sink.Require((totals.ChargeTotal is null && charges.Count == 0) ||
            totals.ChargeTotal == Round2(Sum(charges, c => c.Amount)), "BR-CO-12", at);
        sink.Require(totals.TaxExclusiveAmount is { } exclusive && totals.LineNetTotal is { } net &&
            exclusive == Round2(net + (totals.ChargeTotal ?? 0) - (totals.AllowanceTotal ?? 0)), "BR-CO-13", at);
        sink.Require(PayableMatches(totals, cii), "BR-CO-16", at);
    }

    private void CheckVatTotal(Invoice invoice, ViolationSink sink)
    {
        if (IsBlank(invoice.CurrencyCode))
        {
            return;
        }

        var totals = invoice.Totals;
        var vat = totals?.VatTotal;
        var ok = vat is { } v && totals?.TaxInclusiveAmount is { } inclusive && totals.TaxExclusiveAmount is { } exclusive &&
            inclusive == Round2(exclusive + v);
        if (invoice.Syntax == InvoiceSyntax.Cii)
        {
            ok = ok || (totals?.TaxInclusiveAmount is { } grand && grand == totals.TaxExclusiveAmount);
        }

        sink.Require(ok, "BR-CO-15", invoice.Location);
        if (checkVatTotalSum && vat is not null)
        {
            sink.Require(vat == Round2(Sum(invoice.VatBreakdowns, b => b.TaxAmount)), "BR-CO-14", invoice.Location);
        }
    }

    private static bool PayableMatches(DocumentTotals totals, bool cii)
    {
        if (totals.PayableAmount is not { } payable || totals.TaxInclusiveAmount is not { } inclusive)
        {
            return false;
        }

        var prepaid = totals.PrepaidAmount ?? 0;
        var rounding = totals.RoundingAmount ?? 0;
        return cii
            ? payable == inclusive - prepaid + rounding
            : Round2(payable - rounding) == Round2(inclusive - prepaid);
    }
}
