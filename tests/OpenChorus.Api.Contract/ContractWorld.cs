using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Api.Contract;

/// <summary>
/// The data the documented requests name: a supplier, a public recipient with its services, a titulaire that
/// validates subcontractors' invoices, each with its technical account, and invoices in the statuses the write
/// operations need (one each, since every operation runs once).
/// </summary>
public sealed class ContractWorld : IAsyncLifetime
{
    public TestApp App { get; } = new();

    public CproClient Supplier { get; private set; } = null!;

    public CproClient Recipient { get; private set; } = null!;

    public CproClient Validator { get; private set; } = null!;

    public string SupplierSiret { get; } = TestStructures.NewSiret();

    public string RecipientSiret { get; private set; } = "";

    public string ValidatorSiret { get; private set; } = "";

    /// <summary>Another titulaire, the right one for corriger/valideur/facture.</summary>
    public string OtherValidatorSiret { get; } = TestStructures.NewSiret();

    public int ServiceId { get; private set; }

    /// <summary>Invoices by the status they were put in: MISE_A_DISPOSITION, SUSPENDUE, A_RECYCLER, REJETEE, A_VALIDER_1.</summary>
    public Dictionary<string, int> Invoices { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var supplierUser = await App.CreateUserAsync("fournisseur@contrat.example.org");
        var supplier = await App.CreateStructureAsync(supplierUser, "Fournisseur du contrat", siret: SupplierSiret);
        await App.GrantAsync(supplier, supplierUser, Space.FacturesEmises);
        var recipientUser = await App.CreateUserAsync("mairie@contrat.example.org");
        (var recipient, RecipientSiret) = await App.CreateRecipientAsync(recipientUser, "Mairie du contrat");
        var validatorUser = await App.CreateUserAsync("titulaire@contrat.example.org");
        ValidatorSiret = TestStructures.NewSiret();
        var validator = await App.CreateStructureAsync(validatorUser, "Titulaire du contrat", siret: ValidatorSiret);
        await App.CreateStructureAsync(await App.CreateUserAsync("autre-titulaire@contrat.example.org"), "Autre titulaire du contrat", siret: OtherValidatorSiret);
        ServiceId = await App.WithDbAsync(db => db.Services.Where(s => s.StructureId == recipient && s.Code == "TECHNIQUE").Select(s => s.Id).SingleAsync());

        Supplier = await CproClient.CreateAsync(App, supplier, Space.FacturesEmises);
        Recipient = await CproClient.CreateAsync(App, recipient, Space.FacturesRecues);
        Validator = await CproClient.CreateAsync(App, validator, Space.FacturesAValider);

        foreach (var (status, action) in new (string, RecipientAction?)[]
                 {
                     ("MISE_A_DISPOSITION", null), ("SUSPENDUE", RecipientAction.Suspendre), ("A_RECYCLER", RecipientAction.ARecycler),
                     ("REJETEE", RecipientAction.Rejeter), ("TRAITEE", null), ("SUSPENDUE_LECTURE", RecipientAction.Suspendre),
                 })
        {
            var id = await App.SendInvoiceAsync(supplierUser, supplier, RecipientSiret, $"CT-{Invoices.Count + 1}");
            if (action is { } a)
            {
                await ProcessAsync(id, a);
            }

            Invoices[status] = id;
        }

        foreach (var name in new[] { "A_VALIDER_1", "A_VALIDER_LECTURE", "A_VALIDER_CORRIGER" })
        {
            Invoices[name] = await App.SendInvoiceAsync(supplierUser, supplier, RecipientSiret, $"CT-A9-{Invoices.Count}",
                frame: InvoiceFrame.A9, validatorSiret: ValidatorSiret);
        }

        // Keyed in through the API: a UBL original and a PDF rendering, for the downloads and the lines of consulter.
        var (submitted, answer) = await Supplier.CallAsync("/cpro/factures/v1/soumettre", ContractScenarios.Soumettre(this, "CT-FICHIERS"));
        Invoices["AVEC_FICHIERS"] = submitted == 200 && answer.TryGetProperty("identifiantFactureCPP", out var keyedIn)
            ? keyedIn.GetInt32()
            : throw new InvalidOperationException($"soumettre answered HTTP {submitted}: {answer}");
    }

    /// <summary>The number of a flux the supplier deposited, for the compte-rendu operations.</summary>
    public string? FluxNumber { get; private set; }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    /// <summary>Deposits one UBL flux (once) so that consulterCR and consulterCRDetaille have something to report.</summary>
    public async Task DepositFluxOnceAsync()
    {
        if (FluxNumber is not null)
        {
            return;
        }

        var (status, answer) = await Supplier.CallAsync("/cpro/factures/v1/deposer/flux", ContractScenarios.For("/cpro/factures/v1/deposer/flux", this)!.Body);
        FluxNumber = status == 200 && answer.TryGetProperty("numeroFluxDepot", out var number)
            ? number.GetString()
            : throw new InvalidOperationException($"deposer/flux answered HTTP {status}: {answer}");
    }

    private Task<int> ProcessAsync(int id, RecipientAction action) => App.WithDbAsync(async db =>
    {
        var invoice = await db.Invoices.Include(i => i.Events).SingleAsync(i => i.Id == id);
        var transition = invoice.Process(action, new InvoiceActor(null, "Mairie du contrat"), "Motif du contrat", null, App.Clock.GetUtcNow().UtcDateTime);
        return transition.Refusal is null ? await db.SaveChangesAsync() : throw new InvalidOperationException(transition.Refusal);
    });
}
