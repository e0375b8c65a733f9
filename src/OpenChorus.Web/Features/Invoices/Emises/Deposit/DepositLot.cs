using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Lots;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>One invoice of a lot: sent (with its id) or refused, and why.</summary>
public sealed record LotLine(string FileName, string? Number, int? InvoiceId, IReadOnlyList<string> Reasons)
{
    public bool Sent => InvoiceId is not null;
}

/// <summary>The summary of a lot, or the reason it could not be opened at all.</summary>
public sealed record LotResult(Outcome Outcome, IReadOnlyList<LotLine> Lines);

/// <summary>
/// A lot of structured invoices (zip or tar.gz): each one is read, checked and sent on its own, routed by what its
/// XML says (buyer's SIRET, BT-10 code service, BT-13 engagement) under cadre A1; a refused invoice does not stop the
/// others, and the summary says which were sent and why the others were refused.
/// </summary>
public sealed class DepositLot(AppDbContext db, AccessService access, IDocumentStore store, SupplierActors actors, StructuredDeposit deposit)
{
    public async Task<LotResult> HandleAsync(Guid userId, int structureId, byte[] archive, CancellationToken cancellationToken)
    {
        if (!await access.CanAsync(userId, structureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken))
        {
            return new LotResult(Outcome.Denied(), []);
        }

        var lot = LotReader.TryRead(archive);
        if (lot is null || !lot.IsReadable)
        {
            return new LotResult(Outcome.Fail(French(lot is { Problems.Count: > 0 } ? lot.Problems[0] : null), DepositBuilder.FileField), []);
        }

        var supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == structureId, cancellationToken);
        var actor = await actors.OfAsync(userId, cancellationToken);
        var lines = new List<LotLine>();
        foreach (var entry in lot.Entries)
        {
            lines.Add(await SendOneAsync(actor, supplier, entry, cancellationToken));
        }

        return new LotResult(Outcome.Ok(), lines);
    }

    private async Task<LotLine> SendOneAsync(InvoiceActor actor, Structure supplier, LotEntry entry, CancellationToken cancellationToken)
    {
        var content = DepositReader.Read(entry.Content, supplier.Identifier);
        var number = content.Figures?.Number;
        if (content.Format != DepositFormat.Structured)
        {
            return new LotLine(entry.Name, number, null,
                [content.Refusal ?? "Un lot ne contient que des factures structurées (UBL, CII ou Factur-X) : déposez ce fichier seul."]);
        }

        var sha = await store.PutAsync(entry.Content, cancellationToken);
        var contentType = entry.Content.AsSpan().StartsWith("%PDF"u8) ? "application/pdf" : "application/xml";
        var original = new UploadedFile(sha, UploadTickets.CleanName(entry.Name), contentType, entry.Content.LongLength);
        var outcome = await deposit.SendAsync(new StructuredFile(actor, supplier, original, content, DepositMode.PortailXml, Render: true), cancellationToken);
        return outcome.Succeeded
            ? new LotLine(entry.Name, number, outcome.Id, [])
            : new LotLine(entry.Name, number, null, outcome.Errors.Select(e => e.Message).ToList());
    }

    internal static string French(string? problem) => problem switch
    {
        null => "Ce fichier n'est pas un lot .zip ou .tar.gz lisible.",
        _ when problem.Contains("more than", StringComparison.Ordinal) && problem.Contains("files", StringComparison.Ordinal) =>
            $"Le lot contient plus de {LotReader.MaxEntries} fichiers : déposez-le en plusieurs fois.",
        _ when problem.Contains("MB", StringComparison.Ordinal) => "Les fichiers du lot pèsent plus de 120 Mo une fois décompressés : déposez-le en plusieurs fois.",
        _ when problem.Contains("no file", StringComparison.Ordinal) => "Le lot ne contient aucun fichier.",
        _ => "L'archive du lot est endommagée : elle ne peut pas être ouverte.",
    };
}
