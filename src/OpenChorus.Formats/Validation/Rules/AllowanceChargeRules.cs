using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>
/// BR-31…BR-33, BR-36…BR-38, BR-CO-21, BR-CO-22 (document level, BG-20/BG-21) and BR-41…BR-44, BR-CO-23, BR-CO-24
/// (line level, BG-27/BG-28).
/// </summary>
internal sealed class AllowanceChargeRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        foreach (var item in invoice.AllowanceCharges)
        {
            var hasReason = item.Reason is not null || item.ReasonCode is not null;
            sink.Require(item.Amount is not null, item.IsCharge ? "BR-36" : "BR-31", item.Location);
            sink.Require(item.VatCategoryCode is not null && item.CategoryIsVat, item.IsCharge ? "BR-37" : "BR-32", item.Location);
            sink.Require(hasReason, item.IsCharge ? "BR-38" : "BR-33", item.Location);
            sink.Require(hasReason, item.IsCharge ? "BR-CO-22" : "BR-CO-21", item.Location);
        }

        foreach (var item in invoice.Lines.SelectMany(l => l.AllowanceCharges))
        {
            var hasReason = item.Reason is not null || item.ReasonCode is not null;
            sink.Require(item.Amount is not null, item.IsCharge ? "BR-43" : "BR-41", item.Location);
            sink.Require(hasReason, item.IsCharge ? "BR-44" : "BR-42", item.Location);
            sink.Require(hasReason, item.IsCharge ? "BR-CO-24" : "BR-CO-23", item.Location);
        }
    }
}
