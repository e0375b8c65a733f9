using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// DEPOT_PDF_API: the PDF named in <c>pieceJointePrincipale</c> (sent with deposer/pdf or ajouter/fichier) is the
/// original, as in the portal's PDF deposit; the figures are those of the request, and what the request leaves out is
/// taken from the PDF's text as deposer/pdf read it (<see cref="PdfPrefill"/>). A PDF sent with deposer/pdf is already
/// an INTERPRETEE_OCR invoice (<see cref="OcrDraft"/>): that invoice, same id, is completed and sent, once.
/// </summary>
internal static class PdfSubmission
{
    public static async Task<(Invoice?, RoutingInput?, Microsoft.AspNetCore.Http.IResult?)> BuildAsync(
        SoumettreRequest request, CproCaller caller, Structure supplier, InvoiceFrame frame, InvoiceKind kind, string currency, DateOnly today,
        ApiFiles files, Func<Task<string>> newNumber, CancellationToken cancellationToken)
    {
        var principal = request.PieceJointePrincipale?.FirstOrDefault(p => p.PieceJointePrincipaleId is not (null or 0));
        if (principal is null)
        {
            return Refused("pieceJointePrincipale : en DEPOT_PDF_API, indiquez le pieceJointePrincipaleId que deposer/pdf a répondu.");
        }

        var (pdf, notUsable) = await files.FindAsync(caller, principal.PieceJointePrincipaleId, cancellationToken);
        if (notUsable is not null)
        {
            return (null, null, notUsable);
        }

        var bytes = await files.BytesAsync(pdf!, cancellationToken);
        if (bytes is null || !bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return Refused($"pieceJointePrincipale : la pièce jointe {pdf!.Id} n'est pas un PDF ; déposez la facture avec deposer/pdf.");
        }

        var draft = await files.DraftAsync(pdf!, cancellationToken);
        if (draft is not null && draft.Status != InvoiceStatus.InterpreteeOcr)
        {
            return (null, null, CproResults.NotAllowedNow(WriteLabels.NotAllowedNow(
                $"la facture {draft.Id} déposée avec ce PDF est déjà soumise (statut {draft.Status.Code()}) ; seule une facture INTERPRETEE_OCR peut l'être.")));
        }

        var read = PdfPrefill.Read(bytes, supplier.Identifier);
        var figures = read.Figures!;
        var totals = request.MontantTotal ?? new SoumettreMontantTotal();
        var excluding = totals.MontantHtTotal ?? figures.TotalExcludingVat;
        var vat = totals.MontantTva ?? figures.TotalVat;
        var including = totals.MontantTtcTotal ?? (excluding + vat) ?? figures.TotalIncludingVat;
        if (excluding is null || vat is null || including is null)
        {
            return Refused("montantTotal : indiquez montantHtTotal, montantTVA et montantTtcTotal ; ils n'ont pas pu être lus dans le PDF.");
        }

        if (Math.Abs(excluding.Value + vat.Value - including.Value) > 0.01m)
        {
            return Refused($"montantTotal : le montant TTC ({including}) n'est pas la somme du montant HT ({excluding}) et de la TVA ({vat}).");
        }

        var due = totals.MontantAPayer ?? (frame == InvoiceFrame.A2 ? 0m : including.Value);
        if (due < 0 || due > including.Value + 0.01m)
        {
            return Refused($"montantTotal.montantAPayer : le montant à payer ({due}) doit être compris entre 0 et le montant TTC ({including}).");
        }

        var references = request.References ?? new SoumettreReferences();
        var number = request.NumeroFactureSaisi?.Trim() is { Length: > 0 } typed ? typed : figures.Number ?? await newNumber();
        var invoice = draft ?? new Invoice { Number = number };
        invoice.Number = number;
        invoice.Frame = frame;
        invoice.Kind = string.IsNullOrWhiteSpace(references.TypeFacture) ? figures.Kind : kind;
        invoice.DepositMode = DepositMode.DepotPdfApi;
        invoice.SupplierStructureId = supplier.Id;
        invoice.SupplierName = supplier.CompanyName;
        invoice.ContractNumber = references.NumeroMarche?.Trim() is { Length: > 0 } contract ? contract : null;
        invoice.IssueDate = request.DateFacture ?? figures.IssueDate ?? today;
        invoice.Currency = currency;
        (invoice.TotalExcludingVat, invoice.TotalVat, invoice.TotalIncludingVat, invoice.AmountDue) = (excluding.Value, vat.Value, including.Value, due);
        invoice.Comment = request.Commentaire?.Trim() is { Length: > 0 } comment ? comment : null;
        if (draft is null)
        {
            invoice.Files.Add(files.ToInvoiceFile(pdf!, InvoiceFileKind.Original, caller.UserId));
        }

        var route = new RoutingInput(frame, request.Destinataire?.CodeDestinataire ?? read.RecipientSiret, request.Destinataire?.CodeServiceExecutant ?? read.ServiceCode,
            references.NumeroBonCommande ?? read.EngagementNumber, request.CadreDeFacturation?.CodeStructureValideur);
        return (invoice, route, null);
    }

    private static (Invoice?, RoutingInput?, Microsoft.AspNetCore.Http.IResult?) Refused(string message) =>
        (null, null, SubmitInvoice.Refuse(message));
}
