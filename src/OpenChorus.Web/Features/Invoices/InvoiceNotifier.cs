using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>
/// The e-mails an invoice's changes send, queued in the same unit of work (DOMAIN.md §3.7): the supplier's contact on
/// every status change; the recipient's users (those who have "Factures reçues", limited to their services) when it is
/// made available or completed; the validator's users when an A9 / A12 invoice waits for them. Users who turned off
/// "Notification Facturation" get nothing.
/// </summary>
public sealed class InvoiceNotifier(AppDbContext db, Mailer mailer)
{
    // Addresses already read in this unit of work: a flux notifies the same supplier and recipient for many invoices.
    private readonly Dictionary<(Guid, int), string?> _suppliers = [];
    private readonly Dictionary<(int, Space, int?), IReadOnlyList<string>> _teams = [];

    /// <summary>Queues the mails for the events added since <paramref name="eventsBefore"/>.</summary>
    public async Task QueueAsync(Invoice invoice, int eventsBefore, CancellationToken cancellationToken)
    {
        var changes = invoice.Events.Skip(eventsBefore).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var supplier = await SupplierAddressAsync(invoice, cancellationToken);
        foreach (var change in changes.Where(c => c.Status != InvoiceStatus.Deposee || changes.Count == 1))
        {
            if (supplier is not null)
            {
                mailer.Queue(supplier, $"Facture n° {invoice.Number} : {change.Status.Label()}", SupplierText(invoice, change));
            }

            var (structureId, space) = change.Status switch
            {
                InvoiceStatus.MiseADisposition or InvoiceStatus.Completee => (invoice.RecipientStructureId, Space.FacturesRecues),
                InvoiceStatus.AValider1 => (invoice.ValidatorStructureId, Space.FacturesAValider),
                _ => (null, default(Space)),
            };
            if (structureId is not null)
            {
                foreach (var address in await UsersOfAsync(structureId.Value, space, invoice.RecipientServiceId, cancellationToken))
                {
                    mailer.Queue(address, $"Facture n° {invoice.Number} à traiter : {change.Status.Label()}", TeamText(invoice, change, space));
                }
            }
        }
    }

    private async Task<string?> SupplierAddressAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var key = (invoice.CreatedByUserId, invoice.SupplierStructureId);
        if (!_suppliers.TryGetValue(key, out var address))
        {
            _suppliers[key] = address = await ReadSupplierAddressAsync(invoice, cancellationToken);
        }

        return address;
    }

    private async Task<string?> ReadSupplierAddressAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var author = await db.Users.Where(u => u.Id == invoice.CreatedByUserId && u.DeactivatedAtUtc == null)
            .Select(u => new { u.ContactEmail, u.NotifyInvoicing }).SingleOrDefaultAsync(cancellationToken);
        if (author is { NotifyInvoicing: true })
        {
            return author.ContactEmail;
        }

        return await db.Structures.Where(s => s.Id == invoice.SupplierStructureId).Select(s => s.Email).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<string>> UsersOfAsync(int structureId, Space space, int? serviceId, CancellationToken cancellationToken)
    {
        if (!_teams.TryGetValue((structureId, space, serviceId), out var users))
        {
            _teams[(structureId, space, serviceId)] = users = await ReadUsersOfAsync(structureId, space, serviceId, cancellationToken);
        }

        return users;
    }

    private async Task<IReadOnlyList<string>> ReadUsersOfAsync(int structureId, Space space, int? serviceId, CancellationToken cancellationToken) =>
        await (from s in db.Subscriptions
               join m in db.Memberships on new { s.StructureId, s.UserId } equals new { m.StructureId, m.UserId }
               join u in db.Users on s.UserId equals u.Id
               where s.StructureId == structureId && s.Space == space && u.NotifyInvoicing && u.DeactivatedAtUtc == null && u.EmailConfirmed
                     && (space != Space.FacturesRecues
                         || !db.ServiceRestrictions.Any(r => r.UserId == u.Id && r.StructureId == structureId)
                         || db.ServiceRestrictions.Any(r => r.UserId == u.Id && r.StructureId == structureId && r.ServiceId == serviceId))
               select u.ContactEmail).Distinct().ToListAsync(cancellationToken);

    private static string SupplierText(Invoice invoice, InvoiceEvent change) => $"""
        Bonjour,

        La facture n° {invoice.Number} du {invoice.IssueDate.ToString("dd/MM/yyyy", CultureInfo.GetCultureInfo("fr-FR"))} ({Amount(invoice)}) est passée au statut « {change.Status.Label()} » ({change.Action}).
        {(change.Comment is null ? "" : $"Commentaire : {change.Comment}\n")}
        Suivez-la dans l'espace « Factures émises » d'OpenChorus.
        """;

    private static string TeamText(Invoice invoice, InvoiceEvent change, Space space) => $"""
        Bonjour,

        La facture n° {invoice.Number} de {invoice.SupplierName} ({Amount(invoice)}) est au statut « {change.Status.Label()} ».

        Elle vous attend dans l'espace « {Web.Features.Shared.SpaceNames.Label(space)} » d'OpenChorus.
        """;

    private static string Amount(Invoice invoice) =>
        string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{invoice.TotalIncludingVat:N2} {invoice.Currency} TTC");
}
