using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Lots;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;

using OpenChorus.Web.Features.Webhooks;

namespace OpenChorus.Web.Features.Flux;

/// <summary>How the integration of one claimed flux ended for this processor.</summary>
public enum FluxRun
{
    /// <summary>The final state and the invoices are saved.</summary>
    Finished,

    /// <summary>Another processor holds the flux now (this one's lease ran out): nothing was saved.</summary>
    LeaseLost,

    /// <summary>Numbers kept being taken meanwhile: nothing was saved, the flux is taken again when its lease ends.</summary>
    Postponed,
}

/// <summary>
/// Integrates one claimed flux (ARCHITECTURE.md §2): recognise the file by its content, check it is what syntaxeFlux
/// says, split a lot (zip / tar.gz, up to 500 invoices), then each invoice goes through the portal's own path
/// (<see cref="StructuredDeposit"/>: EN 16931 validation, the recipient's rules, the number rules, send and mails). The
/// good invoices and the final state (<see cref="FluxDepot.Finish"/>) are saved in one transaction, guarded by the
/// lease token: a processor that lost its lease writes nothing, so no flux is integrated twice.
/// </summary>
public sealed class FluxIntegration(
    AppDbContext db, IDocumentStore store, StructuredDeposit deposit, SupplierActors actors, IOptions<FluxOptions> options, TimeProvider clock)
{
    // A processor integrates a batch of flux in one scope: the suppliers and depositors it read stay known.
    private readonly Dictionary<int, Structure> _suppliers = [];
    private readonly Dictionary<Guid, InvoiceActor> _actors = [];

    /// <summary>Integrates several claimed flux and saves them in one transaction (fewer round trips for many small
    /// flux); when that save is refused (a number taken meanwhile, a lease lost), each flux is integrated again on its
    /// own. Answers how many this processor finished.</summary>
    public async Task<int> RunGroupAsync(IReadOnlyList<long> fluxIds, string node, CancellationToken cancellationToken)
    {
        if (fluxIds.Count > 1)
        {
            db.ChangeTracker.Clear();
            var ids = fluxIds.ToList();
            var fluxes = await db.FluxDepots.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
            var mine = fluxes.Where(f => f.State == FluxState.EnCoursTraitement && f.ClaimedBy == node).ToList();
            foreach (var flux in mine)
            {
                await IntegrateAsync(flux, cancellationToken);
            }

            try
            {
                if (await db.TrySaveChangesAsync(cancellationToken))
                {
                    return mine.Count;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // One of them was taken over: the others are saved one by one below.
            }
        }

        var finished = 0;
        foreach (var id in fluxIds)
        {
            if (await RunAsync(id, node, cancellationToken) == FluxRun.Finished)
            {
                finished++;
            }
        }

        return finished;
    }

    public async Task<FluxRun> RunAsync(long fluxId, string node, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var flux = await db.FluxDepots.SingleAsync(f => f.Id == fluxId, cancellationToken);
            if (flux.State != FluxState.EnCoursTraitement || flux.ClaimedBy != node)
            {
                return FluxRun.LeaseLost;
            }

            await IntegrateAsync(flux, cancellationToken);
            try
            {
                if (await db.TrySaveChangesAsync(cancellationToken))
                {
                    return FluxRun.Finished;
                }

                if (attempt == 2)
                {
                    return FluxRun.Postponed;
                }

                // A number was taken meanwhile (a portal deposit): integrate again, that invoice now reports it.
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return FluxRun.LeaseLost;
            }
        }
    }

    /// <summary>Integrates the flux, then queues its webhook (flux.integre, flux.integre_partiel or flux.rejete) in the
    /// same save as its final state.</summary>
    private async Task IntegrateAsync(FluxDepot flux, CancellationToken cancellationToken)
    {
        await IntegrateFileAsync(flux, cancellationToken);
        if (flux.State.IsFinal())
        {
            var details = new { nombreErreursFacture = flux.InvoiceErrors.Count, nombreErreursTechniques = flux.TechnicalErrors.Count };
            await WebhookOutbox.EnqueueFluxAsync(db, flux.StructureId, flux.Number, flux.State.Code(), details, cancellationToken);
        }
    }

    private async Task IntegrateFileAsync(FluxDepot flux, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var syntax = FluxSyntax.Find(flux.Syntax);
        var bytes = await store.GetAsync(flux.Sha256, cancellationToken);
        if (syntax?.Family is null || bytes is null)
        {
            Reject(flux, "FICHIER_ABSENT", "Le fichier du flux est introuvable ou sa syntaxe n'est pas acceptée : déposez-le de nouveau.", now);
            return;
        }

        if (flux.Attempts > options.Value.MaxAttempts)
        {
            Reject(flux, "TRAITEMENT_IMPOSSIBLE", "Le flux n'a pas pu être traité après plusieurs tentatives : vérifiez le fichier et déposez-le de nouveau.", now);
            return;
        }

        var isLot = LotReader.IsZip(bytes) || LotReader.IsGzip(bytes);
        IReadOnlyList<LotEntry> entries = [new LotEntry(flux.FileName, bytes)];
        if (isLot)
        {
            var lot = LotReader.TryRead(bytes);
            if (lot is null || !lot.IsReadable)
            {
                Reject(flux, "LOT_ILLISIBLE", DepositLot.French(lot is { Problems.Count: > 0 } ? lot.Problems[0] : null), now);
                return;
            }

            entries = lot.Entries;
        }

        var supplier = await SupplierAsync(flux.StructureId, cancellationToken);
        var actor = await ActorAsync(flux.DepositorUserId, cancellationToken);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(LotEntry Entry, DepositContent Content)>();
        foreach (var entry in entries)
        {
            var content = DepositReader.Read(entry.Content, supplier.Identifier);
            var number = content.Figures?.Number;
            var refusal = Recognise(content, syntax);
            if (refusal is not null && !isLot)
            {
                Reject(flux, content.Format == DepositFormat.Structured ? "SYNTAXE_INCOHERENTE" : "FICHIER_ILLISIBLE", refusal, now);
                return;
            }

            if (refusal is null && number is not null && !numbers.Add(number))
            {
                refusal = InvoiceNumbers.Duplicate;
            }

            if (refusal is null)
            {
                candidates.Add((entry, content));
            }
            else
            {
                AddErrors(flux, supplier, content, number ?? entry.Name, [refusal]);
            }
        }

        // The invoices of a lot are stored in one go; a single invoice is the flux's own file, stored already.
        var keys = isLot
            ? await store.PutManyAsync(candidates.Select(c => (ReadOnlyMemory<byte>)c.Entry.Content).ToList(), cancellationToken)
            : [flux.Sha256];
        var mode = syntax.Mixed ? DepositMode.EdiMixte : DepositMode.EdiXmlStruct;
        var created = 0;
        foreach (var ((entry, content), key) in candidates.Zip(keys))
        {
            var original = new UploadedFile(key, isLot ? UploadTickets.CleanName(entry.Name) : flux.FileName, ContentType(entry.Content), entry.Content.LongLength);
            var (outcome, _) = await deposit.StageAsync(new StructuredFile(actor, supplier, original, content, mode, options.Value.RenderPdf, flux.Id), cancellationToken);
            if (outcome.Succeeded)
            {
                created++;
            }
            else
            {
                AddErrors(flux, supplier, content, content.Figures?.Number ?? entry.Name, outcome.Errors.Select(e => e.Message));
            }
        }

        flux.Finish(created == entries.Count ? FluxState.Integre : created > 0 ? FluxState.IntegrePartiel : FluxState.Rejete, now);
    }

    private async Task<Structure> SupplierAsync(int structureId, CancellationToken cancellationToken)
    {
        if (!_suppliers.TryGetValue(structureId, out var supplier))
        {
            _suppliers[structureId] = supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == structureId, cancellationToken);
        }

        return supplier;
    }

    private async Task<InvoiceActor> ActorAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!_actors.TryGetValue(userId, out var actor))
        {
            _actors[userId] = actor = await actors.OfAsync(userId, cancellationToken);
        }

        return actor;
    }

    /// <summary>Why a file is not an invoice of the declared syntax, or null.</summary>
    private static string? Recognise(DepositContent content, FluxSyntax syntax)
    {
        if (content.Format != DepositFormat.Structured)
        {
            return content.Format == DepositFormat.Refused && content.Refusal is { } refusal
                ? refusal
                : $"Ce fichier n'est pas {syntax.FamilyLabel}, comme l'annonce la syntaxe {syntax.Code}.";
        }

        var family = content.Report?.Detection.Kind switch
        {
            DocumentKind.UblInvoice or DocumentKind.UblCreditNote => FluxFamily.Ubl,
            DocumentKind.Cii => FluxFamily.Cii,
            _ => FluxFamily.FacturX,
        };
        return family == syntax.Family
            ? null
            : $"Ce fichier est {content.Description}, pas {syntax.FamilyLabel} comme l'annonce la syntaxe {syntax.Code} : déposez-le avec la syntaxe qui lui correspond.";
    }

    private static void AddErrors(FluxDepot flux, Structure supplier, DepositContent content, string number, IEnumerable<string> messages)
    {
        foreach (var message in messages.Distinct())
        {
            flux.InvoiceErrors.Add(new FluxInvoiceError
            {
                InvoiceNumber = Cut(number, 255),
                SupplierIdentifier = Cut(content.Figures?.SellerSiret ?? supplier.Identifier, 20),
                RecipientIdentifier = content.RecipientSiret,
                Message = Cut(message, FluxInvoiceError.MessageMaxLength),
            });
        }
    }

    private static void Reject(FluxDepot flux, string code, string message, DateTime now)
    {
        flux.TechnicalErrors.Add(new FluxTechnicalError { Code = code, Message = Cut(message, FluxInvoiceError.MessageMaxLength), Nature = "BLOQUANTE" });
        flux.Finish(FluxState.Rejete, now);
    }

    private static string ContentType(byte[] content) => content.AsSpan().StartsWith("%PDF"u8) ? "application/pdf" : "application/xml";

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
