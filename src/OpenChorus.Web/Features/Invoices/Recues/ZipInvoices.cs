using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>
/// "Télécharger les factures sélectionnées": one zip with a folder per invoice holding its original and its
/// attachments. Only invoices the user sees in "Factures reçues" go in; the whole stays under Chorus Pro's 120 MB
/// limit for a grouped download.
/// </summary>
public sealed class ZipInvoices(AppDbContext db, AccessService access, IDocumentStore store)
{
    public const long MaxBytes = 120L * 1024 * 1024;
    public const int MaxInvoices = 500;
    public const string NothingSelected = "Sélectionnez au moins une facture à télécharger.";
    public const string TooLarge = "Les fichiers des factures sélectionnées dépassent 120 Mo, la limite d'un téléchargement groupé : sélectionnez moins de factures.";

    /// <summary>The zip in a temporary file (deleted when the stream closes), or the reason it cannot be made.</summary>
    public async Task<(Stream? Zip, string? Refusal)> HandleAsync(Guid userId, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count > MaxInvoices)
        {
            return (null, $"Sélectionnez au plus {MaxInvoices} factures.");
        }

        var scope = await access.InvoiceScopeAsync(userId, Space.FacturesRecues, AccessMode.Consultation, cancellationToken);
        var wanted = ids.Distinct().ToList();
        var invoices = scope.IsEmpty || wanted.Count == 0
            ? []
            : await db.Invoices.AsNoTracking().VisibleIn(scope).Where(i => wanted.Contains(i.Id))
                .OrderBy(i => i.Id).Select(i => new { i.Id, i.Number }).ToListAsync(cancellationToken);
        if (invoices.Count == 0)
        {
            return (null, NothingSelected);
        }

        var visibleIds = invoices.Select(i => i.Id).ToList();
        var files = await db.InvoiceFiles.AsNoTracking()
            .Where(f => visibleIds.Contains(f.InvoiceId) && f.Kind != InvoiceFileKind.Rendering)
            .OrderBy(f => f.InvoiceId).ThenBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new { f.InvoiceId, f.FileName, f.Sha256, f.Length })
            .ToListAsync(cancellationToken);
        if (files.Sum(f => f.Length) > MaxBytes)
        {
            return (null, TooLarge);
        }

        var temp = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (var zip = new ZipArchive(temp, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var invoice in invoices)
            {
                var folder = $"{Safe(invoice.Number)}_{invoice.Id}";
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var file in files.Where(f => f.InvoiceId == invoice.Id))
                {
                    var bytes = await store.GetAsync(file.Sha256, cancellationToken);
                    if (bytes is null)
                    {
                        continue;
                    }

                    var entry = zip.CreateEntry($"{folder}/{Unique(names, Safe(file.FileName))}", CompressionLevel.Fastest);
                    await using var output = await entry.OpenAsync(cancellationToken);
                    await output.WriteAsync(bytes, cancellationToken);
                }

                if (names.Count == 0)
                {
                    zip.CreateEntry($"{folder}/");
                }
            }
        }

        temp.Position = 0;
        return (temp, null);
    }

    /// <summary>A name without path separators or control characters.</summary>
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
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}";
        }

        return candidate;
    }
}
