using OpenChorus.Formats.Model;

namespace OpenChorus.Pdf.Rendering;

/// <summary>
/// Payment terms (BT-20), means and bank details (BG-16…BG-19), then the notes (BG-1), where the late payment
/// penalties and the fixed recovery fee appear when the invoice carries them.
/// </summary>
internal static class PaymentSection
{
    public static void Draw(PageCanvas canvas, Invoice invoice, Labels labels, Language language)
    {
        var lines = new List<TextLine?>
        {
            TextLine.Field(labels.DueDate, HeaderSection.Date(invoice.DueDate), language),
            TextLine.Field(labels.PaymentTerms, invoice.PaymentTerms, language),
        };
        foreach (var means in invoice.PaymentInstructions)
        {
            lines.Add(TextLine.Field(labels.PaymentMeans, MeansName(means, labels), language));
            foreach (var transfer in means.CreditTransfers)
            {
                lines.Add(TextLine.Field("IBAN", transfer.AccountId, language));
                lines.Add(TextLine.Field("BIC", transfer.ServiceProviderId, language));
                lines.Add(TextLine.Field(labels.AccountName, transfer.AccountName, language));
            }

            lines.Add(TextLine.Field(labels.Card, PartyLines.Join(means.Card?.PrimaryAccountNumber, means.Card?.HolderName), language));
            lines.Add(TextLine.Field(labels.Mandate, means.DirectDebit?.MandateReference, language));
            lines.Add(TextLine.Field(labels.CreditorId, means.DirectDebit?.CreditorId, language));
            lines.Add(TextLine.Field(labels.DebitedAccount, means.DirectDebit?.DebitedAccountId, language));
            lines.Add(TextLine.Field(labels.Remittance, means.RemittanceInformation, language));
        }

        Boxes.Section(canvas, labels.Payment, lines.OfType<TextLine>().ToList());
        Boxes.Section(canvas, labels.Notes, invoice.Notes.Select(n => Note(n, labels, language)).ToList());
    }

    private static string? MeansName(PaymentInstructions means, Labels labels)
    {
        var name = means.MeansCode is { } code && labels.PaymentMeansNames.TryGetValue(code.Trim(), out var known) ? known : null;
        return PartyLines.Join(name ?? means.MeansCode, means.MeansText == name ? null : means.MeansText);
    }

    private static TextLine Note(Note note, Labels labels, Language language) =>
        note.SubjectCode is { } code && !string.IsNullOrWhiteSpace(code)
            ? TextLine.Field(labels.NoteSubjects.TryGetValue(code.Trim(), out var subject) ? subject : code.Trim(), note.Text, language) ?? new TextLine(note.Text)
            : new TextLine(note.Text);
}
