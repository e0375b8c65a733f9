using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>BR-21…BR-28, BR-30, BR-54, BR-64, BR-65, BR-CO-04, BR-CO-18 (CII), BR-CO-20: each invoice line (BG-25).</summary>
internal sealed class LineRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        foreach (var line in invoice.Lines)
        {
            var at = line.Location;
            sink.Require(!IsBlank(line.Id), "BR-21", at);
            sink.Require(line.Quantity is not null || line.UnreadableTerms.Contains("BT-129"), "BR-22", at);
            sink.Require(line.QuantityUnitCode is not null, "BR-23", at);
            sink.Require(line.NetAmount is not null, "BR-24", at);
            sink.Require(!IsBlank(line.Item.Name), "BR-25", at);
            sink.Require(line.Price.NetPrice is not null, "BR-26", at);
            sink.Require(line.Price.NetPrice >= 0, "BR-27", at);
            sink.Require(line.Price.GrossPrice is null || line.Price.GrossPrice >= 0, "BR-28", at);
            sink.Require(line.VatCategoryCode is not null && line.CategoryIsVat, "BR-CO-04", at);
            sink.Require(line.Item.StandardId is null || !IsBlank(line.Item.StandardId.SchemeId), "BR-64", at);
            foreach (var classification in line.Item.Classifications)
            {
                sink.Require(!IsBlank(classification.SchemeId), "BR-65", at);
            }

            foreach (var attribute in line.Item.Attributes)
            {
                sink.Require(attribute.Key.Length > 0 && attribute.Value.Length > 0, "BR-54", at);
            }

            if (line.Period is { } period)
            {
                sink.Require(period.End is null || period.Start is null || period.End >= period.Start, "BR-30", at);
                sink.Require(period.Start is not null || period.End is not null, "BR-CO-20", at);
            }

            if (invoice.Syntax == InvoiceSyntax.Cii)
            {
                sink.Require(invoice.VatBreakdowns.Count > 0, "BR-CO-18", at);
            }
        }

        if (invoice.Syntax != InvoiceSyntax.Cii)
        {
            sink.Require(invoice.VatBreakdowns.Count > 0, "BR-CO-18", invoice.Location);
        }
    }
}
