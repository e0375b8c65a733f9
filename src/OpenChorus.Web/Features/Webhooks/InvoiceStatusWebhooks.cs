using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// Turns the <see cref="InvoiceEvent"/>s a save adds into <c>facture.statut</c> deliveries (<see cref="InvoiceStatusEvents"/>
/// says to whom), each with the status the invoice had before it, so that a history line that leaves the status as it
/// is (a download, a rejection acknowledged) is told apart. A new invoice has no id before its insert, so the
/// deliveries are written right after the business rows, in the same transaction (the caller's, or one opened here):
/// they commit together or not at all.
/// </summary>
public sealed class InvoiceStatusWebhooks : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db)
        {
            return result;
        }

        var (added, changes) = Staged(db.ChangeTracker);
        if (added.Count == 0)
        {
            return result;
        }

        changes.AddRange(await UntrackedAsync(db, added.Except(changes.Select(c => c.Event)).ToList(), cancellationToken));
        var structures = changes.SelectMany(c => c.Facts.Structures).Distinct().ToList();
        if (!await db.Set<WebhookEndpoint>().AnyAsync(e => e.Active && structures.Contains(e.StructureId), cancellationToken))
        {
            return result;
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        _pending.AddOrUpdate(db, new Pending(changes, ownTransaction));
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || !_pending.TryGetValue(db, out var pending))
        {
            return result;
        }

        _pending.Remove(db);
        try
        {
            await InvoiceStatusEvents.EnqueueAsync(db, pending.Changes, cancellationToken);
            // Only the deliveries just added are new: no need to compare every tracked entity with its snapshot again.
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }

            if (pending.OwnTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (pending.OwnTransaction is { } transaction)
            {
                await transaction.DisposeAsync();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is AppDbContext db && db.ChangeTracker.Entries<InvoiceEvent>().Any(e => e.State == EntityState.Added)
            ? throw new InvalidOperationException("Invoice status changes are saved with SaveChangesAsync, which queues their webhooks.")
            : result;

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            if (pending.OwnTransaction is { } transaction)
            {
                await transaction.RollbackAsync();
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>The history rows the save adds, and the tracked invoices' changes among them. The tracked entities are
    /// compared with their snapshots once here (EF does it again, once, when it saves): with a batch of flux in the
    /// change tracker, each comparison walks thousands of entities.</summary>
    private static (HashSet<InvoiceEvent> Added, List<InvoiceChange> Changes) Staged(ChangeTracker tracker)
    {
        var autoDetect = tracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            tracker.DetectChanges();
        }

        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var added = tracker.Entries<InvoiceEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
            return (added, added.Count == 0 ? [] : tracker.Entries<Invoice>().SelectMany(i => Tracked(i, added)).ToList());
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>A tracked invoice's new history rows, in the order they were added; the first follows the status the
    /// invoice was loaded with (none for a new invoice).</summary>
    private static IEnumerable<InvoiceChange> Tracked(EntityEntry<Invoice> invoice, HashSet<InvoiceEvent> added)
    {
        InvoiceStatus? previous = invoice.State == EntityState.Added ? null : invoice.Property(i => i.Status).OriginalValue;
        foreach (var e in invoice.Entity.Events.Where(added.Contains))
        {
            yield return new InvoiceChange(e, previous, invoice.Entity, null);
            previous = e.Status;
        }
    }

    /// <summary>History rows added without their invoice in the change tracker (the save does not change the invoice):
    /// the invoice, and the status the first row follows, are read from the store.</summary>
    private static async Task<IEnumerable<InvoiceChange>> UntrackedAsync(AppDbContext db, List<InvoiceEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var ids = events.Select(e => e.InvoiceId).Distinct().ToList();
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { Facts = new InvoiceFacts(i.Id, i.Number, i.SupplierStructureId, i.RecipientStructureId, i.ValidatorStructureId), i.Status })
            .ToDictionaryAsync(i => i.Facts.Id, cancellationToken);
        var changes = new List<InvoiceChange>();
        foreach (var byInvoice in events.Where(e => invoices.ContainsKey(e.InvoiceId)).GroupBy(e => e.InvoiceId))
        {
            var (facts, previous) = (invoices[byInvoice.Key].Facts, (InvoiceStatus?)invoices[byInvoice.Key].Status);
            foreach (var e in byInvoice.OrderBy(e => e.AtUtc))
            {
                changes.Add(new InvoiceChange(e, previous, null, facts));
                previous = e.Status;
            }
        }

        return changes;
    }

    private sealed record Pending(IReadOnlyList<InvoiceChange> Changes, IDbContextTransaction? OwnTransaction);
}

/// <summary>An added history row, the status the invoice had before it (none for a new invoice), and its invoice:
/// tracked (its id is read once inserted) or read from the store.</summary>
public sealed record InvoiceChange(InvoiceEvent Event, InvoiceStatus? Previous, Invoice? Invoice, InvoiceFacts? Loaded)
{
    public InvoiceFacts Facts => Loaded ?? new InvoiceFacts(
        Invoice!.Id, Invoice.Number, Invoice.SupplierStructureId, Invoice.RecipientStructureId, Invoice.ValidatorStructureId);

    /// <summary>False for the lines that leave the status as it is: a download, a rejection acknowledged, a new validator.</summary>
    public bool ChangesStatus => Previous != Event.Status;
}

public sealed record InvoiceFacts(int Id, string Number, int SupplierId, int? RecipientId, int? ValidatorId)
{
    public IEnumerable<int> Structures => new[] { SupplierId, RecipientId, ValidatorId }.OfType<int>();
}
