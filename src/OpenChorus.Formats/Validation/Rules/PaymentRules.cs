using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>BR-49, BR-50, BR-51 (warning) and BR-61 on the payment instructions (BG-16…BG-19).</summary>
internal sealed class PaymentRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        foreach (var payment in invoice.PaymentInstructions)
        {
            var at = payment.Location;
            sink.Require(!IsBlank(payment.MeansCode), "BR-49", at);
            var transfer = payment.MeansCode is "30" or "58";
            if (transfer)
            {
                // UBL wants an account identifier in the payment means; CII checks each account given.
                var accounts = payment.CreditTransfers;
                var cii = invoice.Syntax == InvoiceSyntax.Cii;
                sink.Require(cii ? accounts.All(a => a.AccountId is not null) : accounts.Any(a => a.AccountId is not null), "BR-61", at);
                sink.Require(accounts.All(a => !IsBlank(a.AccountId)), "BR-50", at);
            }

            if (payment.Card?.PrimaryAccountNumber is { } pan)
            {
                sink.Require(pan.Length <= 10, "BR-51", at);
            }
        }
    }
}
