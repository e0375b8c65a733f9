using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Detection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>TelechargerGroupeFactureParam.</summary>
public sealed class DownloadRequest
{
    public long? IdUtilisateurCourant { get; set; }

    public long? IdEspace { get; set; }

    /// <summary>PDF (the default) or PIVOT (the structured original).</summary>
    public string? Format { get; set; }

    /// <summary>OUI adds the pièces jointes complémentaires.</summary>
    public string? AvecPiecesJointesComplementaires { get; set; }

    public List<DownloadedInvoice>? ListeFacture { get; set; }
}

public sealed class DownloadedInvoice
{
    public long? IdFacture { get; set; }
}

/// <summary>WsRetourTelechargerGroupeFacture.</summary>
public sealed class DownloadAnswer : CproAnswer
{
    public string? FichierResultat { get; set; }
}

/// <summary>
/// telecharger/groupe: one invoice's PDF (its rendering, else its original), its structured original with format
/// PIVOT, or a ZIP with a folder per invoice when there are several files. The invoices are those the account sees in
/// any of its spaces; downloading as the recipient sets factureTelechargeeParDestinataire and records a
/// TELECHARGEMENT_FACTURE action. Over 120 MB, nothing is answered but a 413.
/// </summary>
public sealed class DownloadInvoices(AppDbContext db, AccessService access, IDocumentStore store, TimeProvider clock)
{
    public const long MaxBytes = 120L * 1024 * 1024;
    public const int MaxInvoices = 500;

    public static Task<IResult> HandleAsync(DownloadRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken) =>
        ActivatorUtilities.CreateInstance<DownloadInvoices>(http.RequestServices).DownloadAsync(request, caller, cancellationToken);

    /// <summary>The same files for telecharger/pieceJointe (objetPieceJointe DEMANDE_PAIEMENT): the bytes, or the refusal.</summary>
    public static Task<(byte[]? Content, IResult? Refusal)> FilesAsync(DownloadRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken) =>
        ActivatorUtilities.CreateInstance<DownloadInvoices>(http.RequestServices).BuildAsync(request, caller, cancellationToken);

    private async Task<IResult> DownloadAsync(DownloadRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var (content, refusal) = await BuildAsync(request, caller, cancellationToken);
        return refusal ?? CproResults.Ok(new DownloadAnswer { FichierResultat = Convert.ToBase64String(content!) });
    }

    private async Task<(byte[]? Content, IResult? Refusal)> BuildAsync(DownloadRequest request, CproCaller caller, CancellationToken cancellationToken)
    {
        var ids = (request.ListeFacture ?? []).Select(f => f.IdFacture).Where(id => id is > 0 and <= int.MaxValue).Select(id => (int)id!.Value).Distinct().ToList();
        if (ids.Count == 0 || ids.Count > MaxInvoices)
        {
            return (null, CproResults.Invalid(20000, $"GDP_MSG_11.008 Indiquez entre 1 et {MaxInvoices} factures dans listeFacture (idFacture)."));
        }

        var received = await VisibleAsync(caller, Space.FacturesRecues, ids, cancellationToken);
        var visible = received.Union(await VisibleAsync(caller, Space.FacturesEmises, ids, cancellationToken))
            .Union(await VisibleAsync(caller, Space.FacturesAValider, ids, cancellationToken)).ToHashSet();
        if (ids.FirstOrDefault(id => !visible.Contains(id)) is var hidden and > 0)
        {
            return (null, await db.Invoices.AnyAsync(i => i.Id == hidden, cancellationToken) ? ReadAccess.Forbidden(hidden) : ReadAccess.Unknown(hidden));
        }

        var pivot = string.Equals(request.Format?.Trim(), "PIVOT", StringComparison.OrdinalIgnoreCase);
        var withAttachments = request.AvecPiecesJointesComplementaires?.Trim().ToUpperInvariant() is "OUI" or "TRUE" or "O";
        var files = await Files(ids, pivot, withAttachments, cancellationToken);
        if (files.Sum(f => f.File.Length) > MaxBytes)
        {
            return (null, CproResults.Error(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status413PayloadTooLarge,
                "GDP_MSG_11.022 Les fichiers des factures demandées dépassent 120 Mo, la taille maximum d'un téléchargement groupé : demandez moins de factures."));
        }

        var content = files.Count == 1 && ids.Count == 1
            ? await ContentAsync(files[0].File, pivot, cancellationToken)
            : await ZipAsync(files, pivot, cancellationToken);
        if (content is null)
        {
            return (null, CproResults.Invalid(20000, "GDP_MSG_11.008 Les fichiers de ces factures sont introuvables."));
        }

        await MarkDownloadedAsync(caller, received.Intersect(ids).ToList(), cancellationToken);
        return (content, null);
    }

    private async Task<List<int>> VisibleAsync(CproCaller caller, Space space, List<int> ids, CancellationToken cancellationToken)
    {
        var scope = await access.InvoiceScopeAsync(caller.UserId, space, AccessMode.Consultation, cancellationToken);
        return scope.IsEmpty ? [] : await db.Invoices.AsNoTracking().VisibleIn(scope).Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Per invoice: the PDF (rendering, else original) or the original for PIVOT, then the attachments.</summary>
    private async Task<List<(int InvoiceId, string Number, InvoiceFile File)>> Files(List<int> ids, bool pivot, bool withAttachments, CancellationToken cancellationToken)
    {
        var rows = await db.InvoiceFiles.AsNoTracking().Where(f => ids.Contains(f.InvoiceId)).OrderBy(f => f.InvoiceId).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var numbers = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, cancellationToken);
        var chosen = new List<(int, string, InvoiceFile)>();
        foreach (var id in ids.Order())
        {
            var own = rows.Where(f => f.InvoiceId == id).ToList();
            var main = pivot
                ? own.FirstOrDefault(f => f.Kind == InvoiceFileKind.Original)
                : own.FirstOrDefault(f => f.Kind == InvoiceFileKind.Rendering) ?? own.FirstOrDefault(f => f.Kind == InvoiceFileKind.Original);
            chosen.AddRange(own.Where(f => f == main || (withAttachments && f.Kind == InvoiceFileKind.Attachment)).Select(f => (id, numbers[id], f)));
        }

        return chosen;
    }

    /// <summary>The file's bytes; with PIVOT, a Factur-X PDF gives its embedded XML.</summary>
    private async Task<byte[]?> ContentAsync(InvoiceFile file, bool pivot, CancellationToken cancellationToken)
    {
        var bytes = await store.GetAsync(file.Sha256, cancellationToken);
        if (bytes is null || !pivot || file.Kind != InvoiceFileKind.Original || FormatDetector.Open(bytes) is not { Detection.Kind: DocumentKind.FacturXPdf, Xml: { } xml })
        {
            return bytes;
        }

        using var output = new MemoryStream();
        await xml.SaveAsync(output, System.Xml.Linq.SaveOptions.None, cancellationToken);
        return output.ToArray();
    }

    private async Task<byte[]?> ZipAsync(List<(int InvoiceId, string Number, InvoiceFile File)> files, bool pivot, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var written = 0;
        await using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (invoiceId, number, file) in files)
            {
                if (await ContentAsync(file, pivot, cancellationToken) is not { } bytes)
                {
                    continue;
                }

                var name = pivot && file.Kind == InvoiceFileKind.Original && file.ContentType.Contains("pdf", StringComparison.OrdinalIgnoreCase)
                    ? Path.ChangeExtension(file.FileName, ".xml")
                    : file.FileName;
                var entry = zip.CreateEntry(Unique(names, $"{Safe(number)}_{invoiceId}/{Safe(name)}"), CompressionLevel.Fastest);
                await using var output = await entry.OpenAsync(cancellationToken);
                await output.WriteAsync(bytes, cancellationToken);
                written++;
            }
        }

        return written == 0 ? null : buffer.ToArray();
    }

    private async Task MarkDownloadedAsync(CproCaller caller, List<int> received, CancellationToken cancellationToken)
    {
        if (received.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Invoices.Where(i => received.Contains(i.Id) && i.DownloadedByRecipientAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DownloadedByRecipientAtUtc, now), cancellationToken);
        var statuses = await db.Invoices.AsNoTracking().Where(i => received.Contains(i.Id)).Select(i => new { i.Id, i.Status }).ToListAsync(cancellationToken);
        db.InvoiceEvents.AddRange(statuses.Select(i => new InvoiceEvent
        {
            InvoiceId = i.Id,
            AtUtc = now,
            Status = i.Status,
            Action = ConsultHistory.DownloadAction,
            ActorUserId = caller.UserId,
            ActorName = caller.Login,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Safe(string name)
    {
        var safe = new string(name.Select(c => c is '/' or '\\' or ':' || char.IsControl(c) ? '-' : c).ToArray()).Trim('.', ' ');
        return safe.Length == 0 ? "fichier" : safe;
    }

    private static string Unique(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++)
        {
            candidate = $"{Path.ChangeExtension(name, null)} ({n}){Path.GetExtension(name)}";
        }

        return candidate;
    }
}
