using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>
/// "Confirmer et envoyer": checks the number and the routing, then sends the invoice — deposited and made available to
/// the recipient (A1 / A2), or waiting for its validator (A9 / A12) — with its history and mails, in one transaction.
/// The invoice is a draft already saved, or a new one never saved ("sans enregistrement préalable"). On any error
/// nothing is written and the messages say which field to fix.
/// </summary>
public sealed class SendInvoice(AppDbContext db, AccessService access, InvoiceNumbers numbers, InvoiceRouting routing, InvoiceNotifier notifier, TimeProvider clock)
{
    // The (user, supplier) pairs allowed to send in this unit of work: a flux sends many invoices for one depositor.
    private readonly HashSet<(Guid, int)> _allowed = [];

    public async Task<Outcome> HandleAsync(InvoiceActor actor, Invoice invoice, RoutingInput route, CancellationToken cancellationToken)
    {
        var staged = await StageAsync(actor, invoice, route, cancellationToken);
        if (!staged.Succeeded)
        {
            return staged;
        }

        var isNew = invoice.Id == 0;
        return await db.TrySaveInvoiceAsync(cancellationToken)
            ? Outcome.Ok(invoice.Id)
            : Outcome.Fail(isNew ? InvoiceNumbers.Duplicate : InvoiceSaving.ChangedMeanwhile, isNew ? InvoiceNumbers.Field : "");
    }

    /// <summary>Everything <see cref="HandleAsync"/> does but the save: the invoice is checked, sent and tracked with
    /// its history and mails, for the caller to save with other changes in one transaction (a flux saves its invoices
    /// with its final state). On an error nothing of this invoice stays tracked.</summary>
    public async Task<Outcome> StageAsync(InvoiceActor actor, Invoice invoice, RoutingInput route, CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } userId || !await CanSendAsync(userId, invoice.SupplierStructureId, cancellationToken))
        {
            return Outcome.Denied();
        }

        var errors = new List<OutcomeError>();
        var isNew = invoice.Id == 0;
        if (await numbers.CheckAsync(invoice.Number, invoice.SupplierStructureId, isNew ? null : invoice.Id, cancellationToken) is { } numberError)
        {
            errors.Add(numberError);
        }

        var checkedRoute = await routing.CheckAsync(route, invoice.SupplierStructureId, cancellationToken);
        errors.AddRange(checkedRoute.Errors);
        if (errors.Count > 0)
        {
            return Outcome.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        invoice.Number = invoice.Number.Trim();
        invoice.NumberYear = numbers.YearNow();
        invoice.RecipientStructureId = checkedRoute.Recipient!.Id;
        invoice.RecipientServiceId = checkedRoute.Service?.Id;
        invoice.EngagementNumber = route.EngagementNumber?.Trim() is { Length: > 0 } engagement ? engagement : null;
        invoice.ValidatorStructureId = checkedRoute.Validator?.Id;
        if (isNew)
        {
            invoice.CreatedAtUtc = now;
            invoice.CreatedByUserId = userId;
            db.Invoices.Add(invoice);
        }

        var eventsBefore = invoice.Events.Count;
        var sent = invoice.Send(actor, now);
        if (sent.Succeeded && invoice.Status == InvoiceStatus.Deposee)
        {
            sent = invoice.MakeAvailable(now);
        }

        if (!sent.Succeeded)
        {
            Untrack(invoice);
            return Outcome.Fail(sent.Refusal!);
        }

        await notifier.QueueAsync(invoice, eventsBefore, cancellationToken);
        return Outcome.Ok(invoice.Id == 0 ? null : invoice.Id);
    }

    private async Task<bool> CanSendAsync(Guid userId, int supplierStructureId, CancellationToken cancellationToken)
    {
        if (_allowed.Contains((userId, supplierStructureId)))
        {
            return true;
        }

        var allowed = await access.CanAsync(userId, supplierStructureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken);
        if (allowed)
        {
            _allowed.Add((userId, supplierStructureId));
        }

        return allowed;
    }

    private void Untrack(Invoice invoice)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e =>
                     e.Entity == invoice || (e.Entity is InvoiceEvent change && invoice.Events.Contains(change)) || (e.Entity is InvoiceFile file && invoice.Files.Contains(file))).ToList())
        {
            entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        }
    }
}
