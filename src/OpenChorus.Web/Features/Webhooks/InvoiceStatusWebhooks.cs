using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// Turns every <see cref="InvoiceEvent"/> a save adds into <c>facture.statut</c> deliveries for the supplier's
/// endpoints and, once the invoice is visible to it (from the mise à disposition on), the recipient's. A new invoice
/// has no id before its insert, so the deliveries are written right after the business rows, in the same
/// transaction (the caller's, or one opened here): they commit together or not at all.
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

        var added = db.ChangeTracker.Entries<InvoiceEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
        if (added.Count == 0)
        {
            return result;
        }

        var changes = db.ChangeTracker.Entries<Invoice>()
            .SelectMany(i => i.Entity.Events.Where(added.Contains).Select(e => new InvoiceChange(e, i.Entity, null)))
            .ToList();
        changes.AddRange(await UntrackedAsync(db, added.Except(changes.Select(c => c.Event)).ToList(), cancellationToken));
        var structures = changes.SelectMany(c => new[] { c.Facts.SupplierId, c.Facts.RecipientId ?? 0 }).Distinct().ToList();
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
            await db.SaveChangesAsync(cancellationToken);
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

    /// <summary>History rows added without their invoice in the change tracker: the invoice is read from the store.</summary>
    private static async Task<IEnumerable<InvoiceChange>> UntrackedAsync(AppDbContext db, List<InvoiceEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var ids = events.Select(e => e.InvoiceId).Distinct().ToList();
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new InvoiceFacts(i.Id, i.Number, i.SupplierStructureId, i.RecipientStructureId))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return events.Where(e => invoices.ContainsKey(e.InvoiceId)).Select(e => new InvoiceChange(e, null, invoices[e.InvoiceId]));
    }

    private sealed record Pending(IReadOnlyList<InvoiceChange> Changes, IDbContextTransaction? OwnTransaction);
}

/// <summary>An added history row and its invoice: tracked (its id is read once inserted) or read from the store.</summary>
public sealed record InvoiceChange(InvoiceEvent Event, Invoice? Invoice, InvoiceFacts? Loaded)
{
    public InvoiceFacts Facts => Loaded ?? new InvoiceFacts(Invoice!.Id, Invoice.Number, Invoice.SupplierStructureId, Invoice.RecipientStructureId);
}

public sealed record InvoiceFacts(int Id, string Number, int SupplierId, int? RecipientId);
