using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
public sealed partial class FluxIntegration(
    AppDbContext db, IDocumentStore store, StructuredDeposit deposit, SupplierActors actors, InvoiceNumbers numbers, IOptions<FluxOptions> options,
    TimeProvider clock)
{
    // A processor integrates a batch of flux in one scope: the suppliers, depositors and webhook endpoints it read stay known.
    private readonly Dictionary<int, Structure> _suppliers = [];
    private readonly Dictionary<Guid, InvoiceActor> _actors = [];
    private readonly Dictionary<(int, string), IReadOnlyList<WebhookEndpoint>> _endpoints = [];

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
            var mine = fluxes.Where(f => f.State == FluxState.EnCoursTraitement && f.ClaimedBy == node).OrderBy(f => ids.IndexOf(f.Id)).ToList();
            await IntegrateAsync(mine, cancellationToken);

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

            await IntegrateAsync([flux], cancellationToken);
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

    /// <summary>Integrates the flux (their files read in one go, the numbers of all their invoices looked up in one
    /// query), each followed by its webhook (flux.integre, flux.integre_partiel or flux.rejete) in the same save as its
    /// final state.</summary>
    private async Task IntegrateAsync(IReadOnlyList<FluxDepot> fluxes, CancellationToken cancellationToken)
    {
        var files = await store.GetManyAsync(fluxes.Select(f => f.Sha256).ToList(), cancellationToken);
        var plans = new List<FluxPlan?>();
        foreach (var flux in fluxes)
        {
            plans.Add(await PrepareAsync(flux, files.GetValueOrDefault(flux.Sha256), cancellationToken));
        }

        await numbers.RememberAsync(
            plans.OfType<FluxPlan>().SelectMany(p => p.Candidates.Select(c => (p.Supplier.Id, c.Content.Figures?.Number))).ToList(), cancellationToken);
        try
        {
            foreach (var (flux, plan) in fluxes.Zip(plans))
            {
                if (plan is not null)
                {
                    await StageAsync(plan, cancellationToken);
                }

                await EnqueueWebhookAsync(flux, cancellationToken);
            }
        }
        finally
        {
            numbers.Forget();
        }
    }

    private async Task EnqueueWebhookAsync(FluxDepot flux, CancellationToken cancellationToken)
    {
        if (!flux.State.IsFinal())
        {
            return;
        }

        var state = flux.State.Code();
        var key = (flux.StructureId, WebhookEvents.OfFluxState(state));
        if (!_endpoints.TryGetValue(key, out var endpoints))
        {
            _endpoints[key] = endpoints = await WebhookOutbox.SubscribedAsync(db, key.StructureId, key.Item2, cancellationToken);
        }

        var details = new { nombreErreursFacture = flux.InvoiceErrors.Count, nombreErreursTechniques = flux.TechnicalErrors.Count };
        WebhookOutbox.EnqueueFlux(db, endpoints, flux.Number, state, details);
    }

    /// <summary>Creates the invoices of a prepared flux (sent and tracked, not saved) and records its final state.</summary>
    private async Task StageAsync(FluxPlan plan, CancellationToken cancellationToken)
    {
        var (flux, syntax, isLot, supplier, actor, entries, candidates) = plan;
        var now = clock.GetUtcNow().UtcDateTime;

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

        flux.Finish(created == entries ? FluxState.Integre : created > 0 ? FluxState.IntegrePartiel : FluxState.Rejete, now);
    }

    private static string ContentType(byte[] content) => content.AsSpan().StartsWith("%PDF"u8) ? "application/pdf" : "application/xml";
}
