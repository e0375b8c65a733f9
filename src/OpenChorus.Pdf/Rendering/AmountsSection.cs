using OpenChorus.Formats.Model;
using PdfSharp.Drawing;

namespace OpenChorus.Pdf.Rendering;

/// <summary>Document allowances and charges (BG-20, BG-21), the VAT breakdown (BG-23) and the totals (BG-22).</summary>
internal static class AmountsSection
{
    public static void Draw(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        AllowancesCharges(canvas, invoice, labels, language);
        VatBreakdown(canvas, invoice, labels, language);
        Totals(canvas, invoice, labels, language);
    }

    private static void AllowancesCharges(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        if (invoice.AllowanceCharges.Count == 0)
        {
            return;
        }

        canvas.SectionTitle(labels.AllowancesCharges);
        var table = new Table(canvas,
        [
            new Column("", 1.2), new Column(labels.Reason, 4.6), new Column(labels.BaseAmount, 1.6, XStringAlignment.Far),
            new Column("%", 0.9, XStringAlignment.Far), new Column(labels.VatRate, 1.0, XStringAlignment.Far),
            new Column(labels.NetAmount, 1.6, XStringAlignment.Far),
        ]);
        table.Begin();
        foreach (var a in invoice.AllowanceCharges)
        {
            table.Row(
            [
                a.IsCharge ? labels.Charge : labels.Allowance,
                PartyLines.Join(a.Reason, a.ReasonCode) ?? "",
                a.BaseAmount is { } b ? ValueFormat.Amount(b, language) : "",
                a.Percentage is { } p ? ValueFormat.Number(p, language) : "",
                LinesSection.Rate(a.VatCategoryCode, a.VatRate, language),
                a.Amount is { } amount ? ValueFormat.Amount(a.IsCharge ? amount : -amount, language) : "",
            ]);
        }

        table.End();
    }

    private static void VatBreakdown(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        if (invoice.VatBreakdowns.Count == 0)
        {
            return;
        }

        canvas.SectionTitle(labels.VatBreakdown);
        var table = new Table(canvas,
        [
            new Column(labels.VatCategory, 1.2), new Column(labels.VatRate, 1.0, XStringAlignment.Far),
            new Column(labels.TaxableAmount, 1.8, XStringAlignment.Far), new Column(labels.VatAmount, 1.8, XStringAlignment.Far),
            new Column(labels.Exemption, 5.1),
        ]);
        table.Begin();
        foreach (var vat in invoice.VatBreakdowns)
        {
            table.Row(
            [
                vat.CategoryCode ?? "",
                vat.Rate is { } r ? ValueFormat.Percent(r, language) : "",
                vat.TaxableAmount is { } t ? ValueFormat.Amount(t, language) : "",
                vat.TaxAmount is { } v ? ValueFormat.Amount(v, language) : "",
                PartyLines.Join(vat.ExemptionReason, vat.ExemptionReasonCode) ?? "",
            ]);
        }

        table.End();
    }

    private static void Totals(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        if (invoice.Totals is not { } t)
        {
            return;
        }

        var currency = invoice.CurrencyCode;
        var rows = new (string Label, decimal? Value, string? Currency, bool Bold)[]
        {
            (labels.LineTotal, t.LineNetTotal, currency, false),
            (labels.AllowanceTotal, t.AllowanceTotal is { } a ? -a : null, currency, false),
            (labels.ChargeTotal, t.ChargeTotal, currency, false),
            (labels.TaxExclusive, t.TaxExclusiveAmount, currency, true),
            (labels.VatTotal, t.VatTotal, currency, false),
            (labels.VatTotalAccounting, t.VatTotalInAccountingCurrency, invoice.VatCurrencyCode, false),
            (labels.TaxInclusive, t.TaxInclusiveAmount, currency, true),
            (labels.Prepaid, t.PrepaidAmount is { } p ? -p : null, currency, false),
            (labels.Rounding, t.RoundingAmount, currency, false),
            (labels.Payable, t.PayableAmount, currency, true),
        };
        canvas.Y += 8;
        canvas.Reserve(rows.Count(r => r.Value is not null) * (PageCanvas.LineHeight(canvas.Bold) + 6));
        var width = canvas.Width * 0.45;
        var table = new Table(canvas, [new Column("", 1.4), new Column("", 1.0, XStringAlignment.Far)], PageCanvas.Left + canvas.Width - width, width);
        foreach (var row in rows.Where(r => r.Value is not null))
        {
            table.Row([row.Label, ValueFormat.Money(row.Value!.Value, row.Currency, language)], row.Bold);
        }
    }
}
