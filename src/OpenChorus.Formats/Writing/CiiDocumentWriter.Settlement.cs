using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class CiiDocumentWriter
{
    private void WriteDelivery()
    {
        R("ApplicableHeaderTradeDelivery");
        var delivery = invoice.Delivery;
        if (delivery is not null && (delivery.PartyName is not null || delivery.LocationId is not null || delivery.Address is not null)
            && Keep("BG-13", delivery))
        {
            R("ShipToTradeParty");
            if (delivery.LocationId is { } location)
            {
                Leaf("ram", location.SchemeId is null ? "ID" : "GlobalID", Ram, location.Value, "schemeID", location.SchemeId);
            }

            Leaf("Name", delivery.PartyName);
            WriteAddress(delivery.Address, AddressTerms.DeliverTo);
            End();
        }

        if (Keep("BT-72", delivery?.ActualDate))
        {
            R("ActualDeliverySupplyChainEvent");
            Date("OccurrenceDateTime", delivery!.ActualDate);
            End();
        }

        ReferencedDocument("DespatchAdviceReferencedDocument", invoice.DespatchAdviceReference, "BT-16");
        ReferencedDocument("ReceivingAdviceReferencedDocument", invoice.ReceivingAdviceReference, "BT-15");
        End();
    }

    private void WriteSettlement()
    {
        R("ApplicableHeaderTradeSettlement");
        var payments = invoice.PaymentInstructions;
        Leaf("CreditorReferenceID", payments.Select(p => p.DirectDebit?.CreditorId).FirstOrDefault(c => c is not null), "BT-90");
        Leaf("PaymentReference", payments.Select(p => p.RemittanceInformation).FirstOrDefault(r => r is not null), "BT-83");
        LoseAllButFirst("BT-83", payments.Select(p => p.RemittanceInformation),
            "CII n'a qu'un avis de paiement (BT-83) : seul le premier a été écrit.",
            "CII has a single remittance information (BT-83): only the first was written.");
        LoseAllButFirst("BT-90", payments.Select(p => p.DirectDebit?.CreditorId),
            "CII n'a qu'un identifiant de créancier (BT-90) : seul le premier a été écrit.",
            "CII has a single bank assigned creditor identifier (BT-90): only the first was written.");
        LoseAllButFirst("BT-89", payments.Select(p => p.DirectDebit?.MandateReference),
            "CII n'a qu'une référence de mandat (BT-89) : seule la première a été écrite.",
            "CII has a single mandate reference (BT-89): only the first was written.");
        if (invoice.VatBreakdowns.Count == 0 && (invoice.TaxPointDate is not null || invoice.TaxPointDateCode is not null))
        {
            Lose("BT-7", "CII porte la date et le code de date d'exigibilité de la TVA (BT-7, BT-8) dans le récapitulatif de TVA, absent ici : ils n'ont pas été écrits.",
                "CII holds the VAT tax point date and its code (BT-7, BT-8) in a VAT breakdown, and there is none: not written.");
        }

        if (invoice.VatCurrencyCode is not null && invoice.VatCurrencyCode == invoice.CurrencyCode)
        {
            Lose("BT-6", "CII interdit une devise de comptabilisation de la TVA (BT-6) égale à la devise de facture (BR-53) : elle n'a pas été écrite.",
                "CII forbids a VAT accounting currency (BT-6) equal to the invoice currency (BR-53): not written.");
        }
        else
        {
            Leaf("TaxCurrencyCode", invoice.VatCurrencyCode, "BT-6");
        }

        Leaf("InvoiceCurrencyCode", invoice.CurrencyCode ?? "");
        WritePayee(invoice.Payee);
        WritePaymentMeans(payments);
        for (var i = 0; i < invoice.VatBreakdowns.Count; i++)
        {
            WriteVatBreakdown(invoice.VatBreakdowns[i], first: i == 0);
        }

        WritePeriod(invoice.InvoicingPeriod, "BG-14");
        WriteAllowanceCharges(invoice.AllowanceCharges, withVat: true);
        WritePaymentTerms();
        WriteTotals();
        WritePrecedingInvoices();
        if (Keep("BT-19", invoice.BuyerAccountingReference))
        {
            R("ReceivableSpecifiedTradeAccountingAccount");
            Leaf("ID", invoice.BuyerAccountingReference);
            End();
        }

        End();
    }

    private void WritePayee(Payee? payee)
    {
        if (!Keep("BG-10", payee))
        {
            return;
        }

        R("PayeeTradeParty");
        if (payee!.Identifier is { } id)
        {
            Leaf("ram", id.SchemeId is null ? "ID" : "GlobalID", Ram, id.Value, "schemeID", id.SchemeId);
        }

        Leaf("Name", payee.Name);
        if (payee.LegalRegistrationId is { } legal)
        {
            R("SpecifiedLegalOrganization");
            Leaf("ram", "ID", Ram, legal.Value, "schemeID", legal.SchemeId);
            End();
        }

        End();
    }

    private void WritePaymentTerms()
    {
        var mandate = invoice.PaymentInstructions.Select(p => p.DirectDebit?.MandateReference).FirstOrDefault(m => m is not null);
        var terms = Keep("BT-20", invoice.PaymentTerms) ? invoice.PaymentTerms : null;
        var due = Keep("BT-9", invoice.DueDate) ? invoice.DueDate : null;
        mandate = Keep("BT-89", mandate) ? mandate : null;
        if (terms is null && due is null && mandate is null)
        {
            return;
        }

        R("SpecifiedTradePaymentTerms");
        Leaf("Description", terms);
        Date("DueDateDateTime", due);
        Leaf("DirectDebitMandateID", mandate);
        End();
    }

    private void WritePrecedingInvoices()
    {
        var first = true;
        foreach (var preceding in invoice.PrecedingInvoices)
        {
            if (!first)
            {
                Lose("BG-3", "CII D16B n'a qu'une référence à une facture antérieure (BG-3) : seule la première a été écrite.",
                    "CII D16B has a single preceding invoice reference (BG-3): only the first was written.");
                break;
            }

            first = false;
            if (Keep("BG-3", preceding))
            {
                R("InvoiceReferencedDocument");
                Leaf("IssuerAssignedID", preceding.Number ?? "");
                Date("FormattedIssueDateTime", preceding.IssueDate, dataType: Qdt);
                End();
            }
        }
    }

    private void WritePeriod(Period? period, string term)
    {
        if (Keep(term, period) && (period!.Start is not null || period.End is not null))
        {
            R("BillingSpecifiedPeriod");
            Date("StartDateTime", period.Start);
            Date("EndDateTime", period.End);
            End();
        }
    }
}
