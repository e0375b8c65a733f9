using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// The files a technical account sends before naming them: ajouter/fichier (an attachment, under the portal's
/// <see cref="AttachmentRules"/>) and deposer/pdf (the invoice PDF, pre-read like the portal's PDF deposit with
/// <see cref="PdfPrefill"/>, and kept as an INTERPRETEE_OCR invoice: <see cref="OcrDraft"/>). Both answer a
/// <c>pieceJointeId</c> that only the same structure can use; a draft's PDF only whoever may act on the draft.
/// </summary>
public sealed class ApiFiles(AppDbContext db, AccessService access, InvoiceGuard guard, SupplierActors actors, IDocumentStore store, TimeProvider clock)
{
    public async Task<IResult> AddAsync(AjouterFichierRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        if (!await CanDepositAsync(caller, cancellationToken))
        {
            return CproResults.Forbidden(WriteLabels.NoDepositRight);
        }

        var extension = request.PieceJointeExtension?.Trim().TrimStart('.').ToLowerInvariant() ?? "";
        var name = request.PieceJointeNom?.Trim() ?? "";
        if (name.Length > 0 && extension.Length > 0 && !name.EndsWith("." + extension, StringComparison.OrdinalIgnoreCase))
        {
            name = $"{name}.{extension}";
        }

        if (name.Length == 0)
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, "pieceJointeNom : indiquez le nom de la pièce jointe, avec son extension (par exemple facture.pdf).");
        }

        if (Decode(request.PieceJointeFichier) is not { } content)
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, "pieceJointeFichier : le contenu de la pièce jointe doit être le fichier encodé en base64.");
        }

        if (content.LongLength >= AttachmentRules.MaxFileBytes)
        {
            return CproResults.Error(StatusCodes.Status413PayloadTooLarge, 20003,
                $"La pièce jointe pèse {AttachmentRules.Megabytes(content.LongLength)} : chaque pièce jointe doit peser moins de 10 Mo.");
        }

        if (AttachmentRules.Check(UploadTickets.CleanName(name), content.LongLength) is { } refusal)
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, refusal);
        }

        var file = await NewFileAsync(caller, UploadTickets.CleanName(name), request.PieceJointeTypeMime, content, cancellationToken);
        db.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return CproResults.Ok(new AjouterFichierResponse { PieceJointeId = file.Id });
    }

    public async Task<IResult> DepositPdfAsync(DeposerPdfRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        if (!await CanDepositAsync(caller, cancellationToken))
        {
            return CproResults.Forbidden(WriteLabels.NoDepositRight);
        }

        if (Decode(request.FichierFacture) is not { } content)
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, "fichierFacture : le PDF de la facture doit être encodé en base64.");
        }

        if (content.LongLength > AttachmentRules.MaxFileBytes)
        {
            return CproResults.Error(StatusCodes.Status413PayloadTooLarge, 20001,
                $"GDP_MSG_11.022 Le fichier pèse {AttachmentRules.Megabytes(content.LongLength)} : un PDF de facture ne peut dépasser 10 Mo.");
        }

        if (!content.AsSpan().StartsWith("%PDF-"u8))
        {
            return CproResults.Invalid(StatusCodes.Status400BadRequest, "fichierFacture : le fichier n'est pas un PDF (il doit commencer par %PDF-).");
        }

        var name = UploadTickets.CleanName(request.NomFichier?.Trim() is { Length: > 0 } n ? n : "facture.pdf");
        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name += ".pdf";
        }

        var supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == caller.StructureId, cancellationToken);
        var read = PdfPrefill.Read(content, supplier.Identifier);
        var file = await NewFileAsync(caller, name.Length > AttachmentRules.NameMaxLength ? name[^AttachmentRules.NameMaxLength..] : name, "application/pdf", content, cancellationToken);
        file.Invoice = OcrDraft.New(supplier, read, ToInvoiceFile(file, InvoiceFileKind.Original, caller.UserId),
            await actors.OfAsync(caller.UserId, cancellationToken), clock.GetUtcNow().UtcDateTime);
        db.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return CproResults.Ok(OcrDraft.Answer(supplier, read, file.Id));
    }

    /// <summary>The file of <paramref name="id"/> when it belongs to the caller's structure; a refusal otherwise. The PDF
    /// of an INTERPRETEE_OCR invoice is the invoice's: it is refused as the invoice would be (<see cref="InvoiceGuard"/>).</summary>
    public async Task<(ApiAttachment? File, IResult? Refusal)> FindAsync(CproCaller caller, long? id, CancellationToken cancellationToken)
    {
        var file = id is > 0 and <= int.MaxValue ? await db.Set<ApiAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == (int)id, cancellationToken) : null;
        if (file?.InvoiceId is { } invoiceId)
        {
            var (draft, refusal) = await guard.FindAsync(caller, invoiceId, Space.FacturesEmises, cancellationToken);
            // A technical account deposits only for its structure, even one whose invoices its user may also see.
            return refusal is not null ? (null, refusal)
                : draft!.SupplierStructureId != caller.StructureId ? (null, CproResults.Forbidden(WriteLabels.Forbidden(invoiceId)))
                : (file, null);
        }

        return file is null
            ? (null, CproResults.NotFound($"GDP_MSG_11.008 La pièce jointe {id} n'existe pas : envoyez-la d'abord avec transverses/v1/ajouter/fichier."))
            : file.StructureId != caller.StructureId
                ? (null, CproResults.Forbidden($"GDP_MSG_11.005 La pièce jointe {id} appartient à une autre structure."))
                : (file, null);
    }

    /// <summary>The INTERPRETEE_OCR invoice deposer/pdf made of <paramref name="file"/>, tracked with its files for
    /// soumettre to send; null for a file sent with ajouter/fichier.</summary>
    public async Task<Invoice?> DraftAsync(ApiAttachment file, CancellationToken cancellationToken) =>
        file.InvoiceId is { } id ? await db.Invoices.Include(i => i.Files).SingleAsync(i => i.Id == id, cancellationToken) : null;

    /// <summary>The file as an invoice row, for the invoice the caller deposits or completes.</summary>
    public InvoiceFile ToInvoiceFile(ApiAttachment file, InvoiceFileKind kind, Guid userId) => new()
    {
        Kind = kind,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Length = file.Length,
        Sha256 = file.Sha256,
        AddedAtUtc = clock.GetUtcNow().UtcDateTime,
        AddedByUserId = userId,
    };

    public async Task<IncomingFile> ReadAsync(ApiAttachment file, CancellationToken cancellationToken) =>
        new(file.FileName, file.ContentType, await store.GetAsync(file.Sha256, cancellationToken) ?? []);

    public Task<byte[]?> BytesAsync(ApiAttachment file, CancellationToken cancellationToken) => store.GetAsync(file.Sha256, cancellationToken);

    private Task<bool> CanDepositAsync(CproCaller caller, CancellationToken cancellationToken) =>
        access.CanAsync(caller.UserId, caller.StructureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken);

    private async Task<ApiAttachment> NewFileAsync(CproCaller caller, string name, string? contentType, byte[] content, CancellationToken cancellationToken) =>
        new()
        {
            StructureId = caller.StructureId,
            UserId = caller.UserId,
            FileName = name,
            ContentType = contentType?.Trim() is { Length: > 0 and <= 100 } type ? type : "application/octet-stream",
            Length = content.LongLength,
            Sha256 = await store.PutAsync(content, cancellationToken),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

    private static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        try
        {
            var bytes = Convert.FromBase64String(base64.Trim());
            return bytes.Length == 0 ? null : bytes;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
