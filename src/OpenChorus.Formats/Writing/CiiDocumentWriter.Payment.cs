using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class CiiDocumentWriter
{
    private void WritePaymentMeans(IReadOnlyList<PaymentInstructions> payments)
    {
        foreach (var instructions in payments)
        {
            if (!Keep("BG-16", instructions))
            {
                continue;
            }

            // CII has one creditor account per payment means: each further credit transfer gets its own.
            var transfers = instructions.CreditTransfers.Count == 0 ? [null] : instructions.CreditTransfers.ToArray<CreditTransfer?>();
            foreach (var transfer in transfers)
            {
                R("SpecifiedTradeSettlementPaymentMeans");
                Leaf("TypeCode", instructions.MeansCode ?? "");
                Leaf("Information", instructions.MeansText, "BT-82");
                if (Keep("BG-18", instructions.Card))
                {
                    R("ApplicableTradeSettlementFinancialCard");
                    Leaf("ID", instructions.Card!.PrimaryAccountNumber ?? "");
                    Leaf("CardholderName", instructions.Card.HolderName);
                    End();
                }

                if (Keep("BT-91", instructions.DirectDebit?.DebitedAccountId))
                {
                    R("PayerPartyDebtorFinancialAccount");
                    Leaf("IBANID", instructions.DirectDebit!.DebitedAccountId);
                    End();
                }

                WriteCreditTransfer(transfer);
                End();
            }
        }
    }

    private void WriteCreditTransfer(CreditTransfer? transfer)
    {
        if (transfer is null)
        {
            return;
        }

        if (transfer.AccountId is not null || transfer.AccountName is not null)
        {
            R("PayeePartyCreditorFinancialAccount");
            var iban = IsIban(transfer.AccountId);
            Leaf("IBANID", iban ? transfer.AccountId : null);
            Leaf("AccountName", transfer.AccountName, "BT-85");
            Leaf("ProprietaryID", iban ? null : transfer.AccountId);
            End();
        }

        if (Keep("BT-86", transfer.ServiceProviderId))
        {
            R("PayeeSpecifiedCreditorFinancialInstitution");
            Leaf("BICID", transfer.ServiceProviderId);
            End();
        }
    }

    /// <summary>An IBAN starts with two letters and two check digits; anything else is a proprietary account id.</summary>
    private static bool IsIban(string? account) =>
        account is { Length: >= 5 } && char.IsAsciiLetter(account[0]) && char.IsAsciiLetter(account[1]) &&
        char.IsAsciiDigit(account[2]) && char.IsAsciiDigit(account[3]);
}
