using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>The <c>facture.statut</c> event of one history row, for the supplier and, once the invoice is visible to it
/// (<see cref="InvoiceVisibility.RecipientStatuses"/>), for the recipient.</summary>
public static class InvoiceStatusEvents
{
    public static async Task EnqueueAsync(AppDbContext db, IReadOnlyList<InvoiceChange> changes, CancellationToken cancellationToken)
    {
        var facts = changes.Select(c => (c.Event, Invoice: c.Facts)).ToList();
        var ids = facts.SelectMany(f => new[] { f.Invoice.SupplierId, f.Invoice.RecipientId ?? 0 }).Distinct().ToList();
        var identifiers = await db.Structures.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Identifier, cancellationToken);
        var endpoints = (await db.Set<WebhookEndpoint>().Where(e => e.Active && ids.Contains(e.StructureId)).ToListAsync(cancellationToken))
            .Where(e => e.Events.Contains(WebhookEvents.InvoiceStatus)).ToLookup(e => e.StructureId);
        // A draft is the supplier's own business: never announced.
        foreach (var (change, invoice) in facts.Where(f => f.Event.Status != InvoiceStatus.Brouillon).OrderBy(f => f.Event.AtUtc))
        {
            var supplier = identifiers.GetValueOrDefault(invoice.SupplierId);
            var recipient = invoice.RecipientId is { } id ? identifiers.GetValueOrDefault(id) : null;
            WebhookOutbox.Add(db, [.. endpoints[invoice.SupplierId]], WebhookEvents.InvoiceStatus, Payload(invoice, change, "FOURNISSEUR", supplier, recipient));
            if (invoice.RecipientId is { } recipientId && InvoiceVisibility.RecipientStatuses.Contains(change.Status))
            {
                WebhookOutbox.Add(db, [.. endpoints[recipientId]], WebhookEvents.InvoiceStatus, Payload(invoice, change, "DESTINATAIRE", supplier, recipient));
            }
        }
    }

    private static object Payload(InvoiceFacts invoice, InvoiceEvent change, string role, string? supplier, string? recipient) => new
    {
        idFacture = invoice.Id,
        numeroFacture = invoice.Number,
        statut = change.Status.Code(),
        libelleStatut = change.Status.Label(),
        action = change.Action,
        date = DateTime.SpecifyKind(change.AtUtc, DateTimeKind.Utc),
        commentaire = change.Comment,
        role,
        siretFournisseur = supplier,
        siretDestinataire = recipient,
    };
}
