using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class UblDocumentWriter
{
    private bool _mandateWritten;

    private void WritePaymentMeans()
    {
        var first = true;
        foreach (var instructions in invoice.PaymentInstructions)
        {
            // UBL has one payee account per payment means: each further credit transfer gets its own.
            var transfers = instructions.CreditTransfers.Count == 0 ? [null] : instructions.CreditTransfers.ToArray<CreditTransfer?>();
            foreach (var transfer in transfers)
            {
                WritePaymentMeans(instructions, transfer, first);
                first = false;
            }
        }

        LoseAllButFirst("BT-89", invoice.PaymentInstructions.Select(p => p.DirectDebit is { } d && (d.MandateReference ?? d.DebitedAccountId) is not null
            ? d.MandateReference + "|" + d.DebitedAccountId
            : null),
            "UBL n'admet qu'un mandat de prélèvement (BT-89, BT-91) : seul le premier a été écrit.",
            "UBL allows a single payment mandate (BT-89, BT-91): only the first was written.");
        LoseAllButFirst("BT-90", invoice.PaymentInstructions.Select(p => p.DirectDebit?.CreditorId),
            "UBL n'a qu'un identifiant de créancier (BT-90) pour le vendeur : seul le premier a été écrit.",
            "UBL holds a single bank assigned creditor identifier (BT-90) on the seller: only the first was written.");
        if (creditNote && first && invoice.DueDate is not null)
        {
            Lose("BT-9", "La date d'échéance (BT-9) n'a pas de place dans un avoir UBL sans moyen de paiement : elle n'a pas été écrite.",
                "The payment due date (BT-9) has no place in a UBL CreditNote without payment means: not written.");
        }
    }

    private void WritePaymentMeans(PaymentInstructions instructions, CreditTransfer? transfer, bool first)
    {
        A("PaymentMeans");
        B("PaymentMeansCode", instructions.MeansCode ?? "", "name", instructions.MeansText);
        if (creditNote && first)
        {
            B("PaymentDueDate", Date(invoice.DueDate));
        }

        B("PaymentID", instructions.RemittanceInformation);
        if (instructions.Card is { } card)
        {
            A("CardAccount");
            B("PrimaryAccountNumberID", card.PrimaryAccountNumber ?? "");
            // cbc:NetworkID is mandatory in UBL and has no EN 16931 term: "NA" says it is not given.
            B("NetworkID", "NA");
            B("HolderName", card.HolderName);
            End();
        }

        if (transfer is not null)
        {
            A("PayeeFinancialAccount");
            B("ID", transfer.AccountId ?? "");
            B("Name", transfer.AccountName);
            if (transfer.ServiceProviderId is not null)
            {
                A("FinancialInstitutionBranch");
                B("ID", transfer.ServiceProviderId);
                End();
            }

            End();
        }

        // UBL allows one payment mandate (UBL-SR-55): the first payment means carries it.
        if (instructions.DirectDebit is { } debit && (debit.MandateReference is not null || debit.DebitedAccountId is not null) && !_mandateWritten)
        {
            _mandateWritten = true;
            A("PaymentMandate");
            B("ID", debit.MandateReference);
            if (debit.DebitedAccountId is not null)
            {
                A("PayerFinancialAccount");
                B("ID", debit.DebitedAccountId);
                End();
            }

            End();
        }

        End();
    }
}
