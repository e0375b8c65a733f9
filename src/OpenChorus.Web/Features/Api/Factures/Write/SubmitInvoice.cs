using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// soumettreFacture: SAISIE_API goes through the portal's "Saisie" (<see cref="SaisieInvoice"/>: same checks, same UBL
/// original and rendering); DEPOT_PDF_API takes the PDF sent with deposer/pdf (or ajouter/fichier) as the original,
/// like the portal's PDF deposit. Both are sent by <see cref="SendInvoice"/> — number, routing rules of the recipient,
/// history, mails — with the attachments named in <c>pieceJointeComplementaire</c>. The supplier is always the
/// technical account's structure. On any refusal nothing is written.
/// </summary>
public sealed class SubmitInvoice(
    AppDbContext db, AccessService access, SaisieInvoice saisie, SendInvoice send, InvoiceNumbers numbers, ApiFiles files, SupplierActors actors, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(SoumettreRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        if (request.Fournisseur?.IdFournisseur is > 0 and var supplierId && supplierId != caller.StructureId)
        {
            return CproResults.Forbidden($"GDP_MSG_11.005 fournisseur.idFournisseur {supplierId} n'est pas la structure du compte technique "
                + $"({caller.StructureId}) : un compte technique ne dépose que pour sa structure.");
        }

        if (!await access.CanAsync(caller.UserId, caller.StructureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken))
        {
            return CproResults.Forbidden(WriteLabels.NoDepositRight);
        }

        var mode = request.ModeDepot?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SAISIE_API" => DepositMode.SaisieApi,
            "DEPOT_PDF_API" or "DEPOT_PDF_SIGNE_API" => DepositMode.DepotPdfApi,
            _ => (DepositMode?)null,
        };
        var frameCode = request.CadreDeFacturation?.CodeCadreFacturation;
        var frame = string.IsNullOrWhiteSpace(frameCode) ? InvoiceFrame.A1 : CproCodes.FrameFromCode(frameCode);
        var references = request.References ?? new SoumettreReferences();
        var kind = string.IsNullOrWhiteSpace(references.TypeFacture) ? InvoiceKind.Facture : CproCodes.KindFromCode(references.TypeFacture);
        var currency = references.DeviseFacture?.Trim().ToUpperInvariant() is { Length: > 0 } code ? code : "EUR";
        var refusal = mode is null ? $"modeDepot : « {request.ModeDepot} » n'est pas un mode de dépôt de soumettre ; indiquez SAISIE_API ou DEPOT_PDF_API."
            : frame is null ? $"cadreDeFacturation.codeCadreFacturation : le cadre « {frameCode} » n'est pas pris en charge ; OpenChorus accepte "
                + "A1_FACTURE_FOURNISSEUR, A2_FACTURE_FOURNISSEUR_DEJA_PAYEE, A9_FACTURE_SOUSTRAITANT et A12_FACTURE_COTRAITANT "
                + "(ni factures de travaux ni mémoires de justice)."
            : kind is null ? $"references.typeFacture : « {references.TypeFacture} » n'est pas un type de facture ; indiquez FACTURE ou AVOIR."
            : currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper) ? $"references.deviseFacture : « {currency} » n'est pas un code de devise ISO 4217 (EUR)."
            : mode == DepositMode.SaisieApi && currency != "EUR" ? "references.deviseFacture : une facture saisie (SAISIE_API) est en euros (EUR) ; déposez un PDF pour une autre devise."
            : request.Commentaire?.Trim().Length > Invoice.CommentMaxLength ? $"commentaire : le commentaire compte au plus {Invoice.CommentMaxLength} caractères."
            : references.NumeroMarche?.Trim().Length > 50 ? "references.numeroMarche : le numéro de marché compte au plus 50 caractères."
            : null;
        if (refusal is not null)
        {
            return Refuse(refusal);
        }

        var extras = new List<ApiAttachment>();
        foreach (var named in (request.PieceJointeComplementaire ?? []).Where(p => p.PieceJointeComplementaireId is not (null or 0)))
        {
            var (file, notUsable) = await files.FindAsync(caller, named.PieceJointeComplementaireId, cancellationToken);
            if (notUsable is not null)
            {
                return notUsable;
            }

            extras.Add(file!);
        }

        var supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == caller.StructureId, cancellationToken);
        var (payment, paymentRefusal) = SoumettrePayment.Read(request, supplier);
        if (paymentRefusal is not null)
        {
            return Refuse(paymentRefusal);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (invoice, route, failure) = mode == DepositMode.SaisieApi
            ? await KeyedInAsync(request, caller, supplier, frame!.Value, kind!.Value, today, payment!, cancellationToken)
            : await PdfSubmission.BuildAsync(request, caller, supplier, frame!.Value, kind!.Value, currency, today, files, () => NewNumberAsync(supplier.Id, cancellationToken), cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        payment!.ApplyTo(invoice!);
        foreach (var extra in extras)
        {
            invoice!.Files.Add(files.ToInvoiceFile(extra, InvoiceFileKind.Attachment, caller.UserId));
        }

        if (AttachmentRules.CheckTotal(invoice!.Files.Where(f => f.Kind != InvoiceFileKind.Rendering).Sum(f => f.Length)) is { } tooBig)
        {
            return Refuse(tooBig);
        }

        var sent = await send.HandleAsync(await actors.OfAsync(caller.UserId, cancellationToken), invoice, route!, cancellationToken);
        if (!sent.Succeeded)
        {
            return sent.IsDenied ? CproResults.Forbidden(WriteLabels.NoDepositRight) : Refuse(SaisieApiMapping.Describe(sent.Errors));
        }

        var original = invoice.Files.First(f => f.Kind == InvoiceFileKind.Original);
        return CproResults.Ok(new SoumettreResponse
        {
            IdentifiantFactureCPP = invoice.Id,
            NumeroFacture = invoice.Number,
            StatutFacture = invoice.Status.Code(),
            DateDepot = CproDates.Date(invoice.SentAtUtc ?? invoice.CreatedAtUtc),
            IdentifiantStructure = supplier.Identifier,
            EmpreinteCertificatDepot = Convert.ToBase64String(Convert.FromHexString(original.Sha256)),
        });
    }

    internal static IResult Refuse(string message) => CproResults.Invalid(WriteLabels.SubmitRefused, message);

    private async Task<(Invoice?, RoutingInput?, IResult?)> KeyedInAsync(
        SoumettreRequest request, CproCaller caller, Structure supplier, InvoiceFrame frame, InvoiceKind kind, DateOnly today, SoumettrePayment payment,
        CancellationToken cancellationToken)
    {
        if (request.LignePoste is not { Count: > 0 })
        {
            return (null, null, Refuse("lignePoste : une facture SAISIE_API compte au moins une ligne de poste."));
        }

        var number = request.NumeroFactureSaisi?.Trim() is { Length: > 0 } typed ? typed : await NewNumberAsync(supplier.Id, cancellationToken);
        var input = SaisieApiMapping.ToInput(request, supplier.Id, frame, kind, number, request.DateFacture ?? today, SaisieApiMapping.FrenchVatNumber(supplier));
        var (outcome, preview) = await saisie.PrepareAsync(caller.UserId, input, cancellationToken);
        if (preview is null)
        {
            return (null, null, outcome.IsDenied ? CproResults.Forbidden(WriteLabels.NoDepositRight) : Refuse(SaisieApiMapping.Describe(outcome.Errors)));
        }

        var mismatches = SaisieApiMapping.CheckFigures(request, preview.Draft).ToList();
        if (mismatches.Count > 0)
        {
            return (null, null, Refuse(string.Join(" ", mismatches)));
        }

        var (written, notValid) = payment.Rewrite(preview);
        return written is null
            ? (null, null, Refuse(notValid!))
            : (await saisie.NewInvoiceAsync(caller.UserId, written, DepositMode.SaisieApi, cancellationToken), written.Route, null);
    }

    /// <summary>The number Chorus Pro gives when the client leaves numeroFactureSaisi empty: the year then a
    /// 16-digit sequence of the supplier's invoices of the year (20 characters).</summary>
    private async Task<string> NewNumberAsync(int supplierId, CancellationToken cancellationToken)
    {
        var year = numbers.YearNow();
        // INTERPRETEE_OCR drafts hold no number, and the unique index they are left out of serves these look-ups.
        var next = await db.Invoices.CountAsync(i => i.SupplierStructureId == supplierId && i.NumberYear == year && i.Status != InvoiceStatus.InterpreteeOcr, cancellationToken) + 1;
        while (true)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"{year}{next:D16}");
            if (!await db.Invoices.AnyAsync(i => i.SupplierStructureId == supplierId && i.NumberYear == year && i.Number == number && i.Status != InvoiceStatus.InterpreteeOcr, cancellationToken))
            {
                return number;
            }

            next++;
        }
    }
}
