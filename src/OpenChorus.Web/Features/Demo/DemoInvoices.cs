using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises;

namespace OpenChorus.Web.Features.Demo;

/// <summary>
/// The demo's invoices from Fournitures Durand to the commune, in the statuses a newcomer meets: a brouillon, invoices
/// made available, suspended, completed, rejected, sent back for recycling, service fait, mandated, paid, a credit
/// note, an already paid one, and a subcontractor invoice (A9) waiting for the titulaire. Each is keyed in and sent
/// through the real use cases — UBL original and PDF rendering included — then processed by the commune's manager
/// through the invoice's own transitions, so views, history and downloads all work.
/// </summary>
public sealed class DemoInvoices(AppDbContext db, SaisieInvoice saisie, InvoiceNotifier notifier, TimeProvider clock)
{
    private sealed record Plan(string Number, string Service, string Designation, decimal Quantity, decimal Price, string Rate, params (RecipientAction Action, string? Comment)[] Steps)
    {
        public InvoiceFrame Frame { get; init; } = InvoiceFrame.A1;

        public InvoiceKind Kind { get; init; } = InvoiceKind.Facture;

        public bool Draft { get; init; }

        public bool CompleteAfterSuspension { get; init; }
    }

    private static readonly Plan[] Plans =
    [
        new("DEMO-2026-001", "TECHNIQUE", "Peinture de façade (devis n° 88)", 12, 38.5m, "20") { Draft = true },
        new("DEMO-2026-002", "TECHNIQUE", "Ampoules LED 9 W", 40, 4.2m, "20"),
        new("DEMO-2026-003", "ECOLES", "Manuels de lecture CP", 25, 14.9m, "5.5"),
        new("DEMO-2026-004", "TECHNIQUE", "Gants de protection (boîtes)", 10, 22m, "20", (RecipientAction.Suspendre, "Joindre le bon de livraison signé.")),
        new("DEMO-2026-005", "ECOLES", "Cahiers grands carreaux", 300, 1.15m, "20", (RecipientAction.Suspendre, "Le bon de commande manque.")) { CompleteAfterSuspension = true },
        new("DEMO-2026-006", "TECHNIQUE", "Tondeuse autoportée", 1, 4890m, "20", (RecipientAction.Rejeter, "Montant différent du devis accepté.")),
        new("DEMO-2026-007", "ECOLES", "Chaises de classe", 30, 42m, "20", (RecipientAction.ARecycler, "Facture à adresser au service TECHNIQUE.")),
        new("DEMO-2026-008", "TECHNIQUE", "Sel de déneigement (sacs 25 kg)", 80, 9.6m, "20", (RecipientAction.ServiceFait, null)),
        new("DEMO-2026-009", "TECHNIQUE", "Panneaux de signalisation", 6, 118m, "20", (RecipientAction.ServiceFait, null), (RecipientAction.Mandater, null)),
        new("DEMO-2026-010", "ECOLES", "Fournitures de bureau", 1, 640m, "20",
            (RecipientAction.ServiceFait, null), (RecipientAction.Mandater, null), (RecipientAction.MettreEnPaiement, null)),
        new("DEMO-2026-011", "TECHNIQUE", "Retour de 5 ampoules défectueuses", 5, 4.2m, "20") { Kind = InvoiceKind.Avoir },
        new("DEMO-2026-012", "ECOLES", "Abonnement revues pédagogiques (payé par carte d'achat)", 1, 96m, "5.5") { Frame = InvoiceFrame.A2 },
        new("DEMO-2026-013", "TECHNIQUE", "Pose de cloisons (sous-traitance du marché 2026-07)", 3, 1250m, "20") { Frame = InvoiceFrame.A9 },
    ];

    /// <summary>Creates the invoices; answers how many.</summary>
    public async Task<int> SeedAsync(IReadOnlyDictionary<string, AppUser> accounts, CancellationToken cancellationToken)
    {
        var supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Identifier == DemoData.SupplierSiret, cancellationToken);
        var supplierUser = accounts[DemoData.SupplierPrincipal.Email];
        var manager = accounts[DemoData.PublicPrincipal.Email];
        var recipientActor = new InvoiceActor(manager.Id, manager.DisplayName);
        foreach (var plan in Plans)
        {
            var input = Input(plan, supplier.Id, supplier.VatNumber);
            var outcome = plan.Draft
                ? await saisie.SaveDraftAsync(supplierUser.Id, input, cancellationToken)
                : await saisie.SendAsync(supplierUser.Id, input, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Demo invoice {plan.Number} could not be created: {outcome.Message}");
            }

            await ProcessAsync(outcome.Id!.Value, plan, recipientActor, new InvoiceActor(supplierUser.Id, supplierUser.DisplayName), cancellationToken);
        }

        return Plans.Length;
    }

    private async Task ProcessAsync(int invoiceId, Plan plan, InvoiceActor recipient, InvoiceActor supplier, CancellationToken cancellationToken)
    {
        foreach (var (action, comment) in plan.Steps)
        {
            await ChangeAsync(invoiceId, (invoice, now) => invoice.Process(action, recipient, comment, action == RecipientAction.Mandater ? $"M-{plan.Number[^3..]}" : null, now), cancellationToken);
        }

        if (plan.CompleteAfterSuspension)
        {
            await ChangeAsync(invoiceId, (invoice, now) => invoice.Complete(supplier, "Bon de commande n° BC-2026-118 joint.", now), cancellationToken);
        }
    }

    private async Task ChangeAsync(int invoiceId, Func<Invoice, DateTime, Transition> change, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var invoice = await db.Invoices.SingleAsync(i => i.Id == invoiceId, cancellationToken);
        var transition = change(invoice, clock.GetUtcNow().UtcDateTime);
        if (!transition.Succeeded)
        {
            throw new InvalidOperationException($"Demo invoice {invoice.Number}: {transition.Refusal}");
        }

        await notifier.QueueAsync(invoice, 0, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private SaisieInput Input(Plan plan, int supplierId, string? vatNumber)
    {
        var input = new SaisieInput
        {
            StructureId = supplierId,
            Frame = plan.Frame,
            Kind = plan.Kind,
            ValidatorSiret = plan.Frame == InvoiceFrame.A9 ? DemoData.TitulaireSiret : null,
            RecipientSiret = DemoData.PublicEntitySiret,
            ServiceCode = plan.Service,
            ContractNumber = plan.Frame == InvoiceFrame.A9 ? "2026-07" : null,
            Number = plan.Number,
            IssueDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SellerVatNumber = vatNumber,
        };
        input.Lines.Add(new SaisieLineInput
        {
            Designation = plan.Designation,
            Quantity = plan.Quantity.ToString(CultureInfo.InvariantCulture),
            UnitPrice = plan.Price.ToString(CultureInfo.InvariantCulture),
            VatRate = plan.Rate,
        });
        return input;
    }
}
