using OpenChorus.Formats.Model;
using PdfSharp.Drawing;

namespace OpenChorus.Pdf.Rendering;

/// <summary>Every invoice line (BG-25): designation, quantity, unit, unit price, VAT rate and net amount.</summary>
internal static class LinesSection
{
    public static void Draw(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        if (invoice.Lines.Count == 0)
        {
            return;
        }

        canvas.SectionTitle(labels.Lines);
        var table = new Table(canvas,
        [
            new Column(labels.LineNumber, 0.6),
            new Column(labels.Description, 5.2),
            new Column(labels.Quantity, 1.0, XStringAlignment.Far),
            new Column(labels.Unit, 0.8),
            new Column(labels.UnitPrice, 1.4, XStringAlignment.Far),
            new Column(labels.VatRate, 0.9, XStringAlignment.Far),
            new Column(labels.NetAmount, 1.5, XStringAlignment.Far),
        ]);
        table.Begin();
        foreach (var line in invoice.Lines)
        {
            table.Row(
            [
                line.Id ?? "",
                Designation(line, labels, language),
                line.Quantity is { } q ? ValueFormat.Number(q, language) : "",
                line.QuantityUnitCode ?? "",
                UnitPrice(line.Price, language),
                Rate(line.VatCategoryCode, line.VatRate, language),
                line.NetAmount is { } net ? ValueFormat.Amount(net, language) : "",
            ]);
        }

        table.End();
    }

    /// <summary>"20 %" for a rate, the category code (E, AE, K…) otherwise.</summary>
    public static string Rate(string? category, decimal? rate, Language language) =>
        rate is { } r && (r != 0 || category is null or "S" or "Z") ? ValueFormat.Percent(r, language) : category ?? "";

    private static string UnitPrice(PriceDetails price, Language language)
    {
        if (price.NetPrice is not { } net)
        {
            return "";
        }

        var text = ValueFormat.Amount(net, language);
        return price.BaseQuantity is { } b && b != 1 ? text + " / " + ValueFormat.Number(b, language) : text;
    }

    private static string Designation(InvoiceLine line, Labels labels, Language language)
    {
        var parts = new List<string?> { line.Item.Name, line.Item.Description, line.Note };
        parts.Add(PartyLines.Join(
            line.Item.SellerId is { } seller ? (language == Language.French ? "Réf. " : "Ref. ") + seller : null,
            line.Item.StandardId is { } standard ? PartyLines.WithScheme(standard) : null,
            line.OrderLineReference is { } order ? labels.OrderLine + " " + order : null));
        if (line.Period is { } p && (p.Start ?? p.End) is not null)
        {
            parts.Add(HeaderSection.Date(p.Start) + " – " + HeaderSection.Date(p.End));
        }

        parts.AddRange(line.Item.Attributes.Select(a => a.Key + " : " + a.Value));
        parts.AddRange(line.AllowanceCharges.Select(a => AllowanceText(a, labels, language)));
        return string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct());
    }

    private static string AllowanceText(AllowanceCharge a, Labels labels, Language language) =>
        (a.IsCharge ? labels.Charge : labels.Allowance) + " : " + (a.IsCharge ? "" : "-") +
        (a.Amount is { } amount ? ValueFormat.Amount(amount, language) : "") +
        (a.Percentage is { } pct ? " (" + ValueFormat.Percent(pct, language) + ")" : "") +
        (PartyLines.Join(a.Reason, a.ReasonCode) is { } reason ? " — " + reason : "");
}
