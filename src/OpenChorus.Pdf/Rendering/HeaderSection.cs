using OpenChorus.Formats.Model;
using PdfSharp.Drawing;

namespace OpenChorus.Pdf.Rendering;

/// <summary>The top of the first page: document title and number on the left, its dates on the right.</summary>
internal static class HeaderSection
{
    public static void Draw(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        var top = canvas.Y;
        var half = canvas.Width / 2;
        var y = top + canvas.DrawLines([labels.Title(invoice.TypeCode)], canvas.Title, PageCanvas.Left, top, half);
        y += canvas.DrawLines(canvas.Wrap(labels.Number + " " + invoice.Number, canvas.Heading, half), canvas.Heading, PageCanvas.Left, y + 2, half);

        var period = invoice.InvoicingPeriod is { } p && (p.Start ?? p.End) is not null
            ? (p.Start is { } s ? ValueFormat.Date(s) : "…") + " – " + (p.End is { } e ? ValueFormat.Date(e) : "…")
            : null;
        var dates = new[]
        {
            TextLine.Field(labels.IssueDate, Date(invoice.IssueDate), language),
            TextLine.Field(labels.DueDate, Date(invoice.DueDate), language),
            TextLine.Field(labels.DeliveryDate, Date(invoice.Delivery?.ActualDate), language),
            TextLine.Field(labels.InvoicingPeriod, period, language),
            TextLine.Field(labels.TaxPointDate, Date(invoice.TaxPointDate), language),
            TextLine.Field(labels.Currency, invoice.CurrencyCode, language),
        }.OfType<TextLine>().Select(l => l.Text).ToList();
        var right = top + canvas.DrawLines(dates, canvas.Regular, PageCanvas.Left + half, top + 2, half, XStringAlignment.Far);
        canvas.Y = Math.Max(y, right) + 12;
    }

    public static string? Date(DateOnly? date) => date is { } d ? ValueFormat.Date(d) : null;
}
