using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Webhooks;

/// <summary>
/// The <c>facture.statut</c> events of the history rows a save adds. The supplier hears of every change of status and
/// the recipient of those it sees (<see cref="InvoiceVisibility.RecipientStatuses"/>); a row that leaves the status
/// as it is (a download, a rejection acknowledged) is no event for them. The validator (titulaire) of an A9 / A12
/// invoice hears of its part: the invoice arriving for it to validate (sent, or redirected to it) and the decision.
/// </summary>
public static class InvoiceStatusEvents
{
    /// <summary>The statuses of the validation step, which its validator is told about.</summary>
    public static readonly IReadOnlySet<InvoiceStatus> ValidatorStatuses = new HashSet<InvoiceStatus>
    {
        InvoiceStatus.AValider1, InvoiceStatus.Validee1, InvoiceStatus.Refusee1, InvoiceStatus.AbsenceValidation1HorsDelai,
    };

    public static async Task EnqueueAsync(AppDbContext db, IReadOnlyList<InvoiceChange> changes, CancellationToken cancellationToken)
    {
        var ids = changes.SelectMany(c => c.Facts.Structures).Distinct().ToList();
        var identifiers = await db.Structures.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Identifier, cancellationToken);
        var endpoints = (await db.Set<WebhookEndpoint>().Where(e => e.Active && ids.Contains(e.StructureId)).ToListAsync(cancellationToken))
            .Where(e => e.Events.Contains(WebhookEvents.InvoiceStatus)).ToLookup(e => e.StructureId);
        // A draft (the portal's, or a PDF deposited with deposer/pdf: INTERPRETEE_OCR) is the supplier's own business:
        // never announced; its sending is, as any other.
        foreach (var change in changes.Where(c => !c.Event.Status.IsDraft()).OrderBy(c => c.Event.AtUtc))
        {
            var (invoice, status) = (change.Facts, change.Event.Status);
            var sirets = new Sirets(identifiers.GetValueOrDefault(invoice.SupplierId), Identifier(identifiers, invoice.RecipientId), Identifier(identifiers, invoice.ValidatorId));
            if (change.ChangesStatus)
            {
                Add(db, endpoints[invoice.SupplierId], change, "FOURNISSEUR", sirets);
                if (invoice.RecipientId is { } recipientId && InvoiceVisibility.RecipientStatuses.Contains(status))
                {
                    Add(db, endpoints[recipientId], change, "DESTINATAIRE", sirets);
                }
            }

            // A new validator (corrigerValideurFacture) receives the invoice although its status stays A_VALIDER_1.
            if (invoice.ValidatorId is { } validatorId && ValidatorStatuses.Contains(status) && (change.ChangesStatus || status == InvoiceStatus.AValider1))
            {
                Add(db, endpoints[validatorId], change, "VALIDEUR", sirets);
            }
        }
    }

    private static string? Identifier(Dictionary<int, string> identifiers, int? structureId) =>
        structureId is { } id ? identifiers.GetValueOrDefault(id) : null;

    private static void Add(AppDbContext db, IEnumerable<WebhookEndpoint> endpoints, InvoiceChange change, string role, Sirets sirets) =>
        WebhookOutbox.Add(db, [.. endpoints], WebhookEvents.InvoiceStatus, new
        {
            idFacture = change.Facts.Id,
            numeroFacture = change.Facts.Number,
            statut = change.Event.Status.Code(),
            libelleStatut = change.Event.Status.Label(),
            action = change.Event.Action,
            date = DateTime.SpecifyKind(change.Event.AtUtc, DateTimeKind.Utc),
            commentaire = change.Event.Comment,
            role,
            siretFournisseur = sirets.Supplier,
            siretDestinataire = sirets.Recipient,
            siretValideur = sirets.Validator,
        });

    private sealed record Sirets(string? Supplier, string? Recipient, string? Validator);
}
