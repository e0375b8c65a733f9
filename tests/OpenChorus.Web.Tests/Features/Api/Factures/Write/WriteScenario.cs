using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Write;

/// <summary>A supplier, a public recipient that requires a service code, and a titulaire who validates A9 invoices,
/// each with its ERP calling the API through its own technical account.</summary>
internal sealed class WriteScenario
{
    public required TestApp App { get; init; }

    public required string Suffix { get; init; }

    public required int Supplier { get; init; }

    public required string SupplierSiret { get; init; }

    public required Guid SupplierUser { get; init; }

    public required CproClient SupplierApi { get; init; }

    public required int Recipient { get; init; }

    public required string RecipientSiret { get; init; }

    public required CproClient RecipientApi { get; init; }

    public required string ValidatorSiret { get; init; }

    public required CproClient ValidatorApi { get; init; }

    public static async Task<WriteScenario> CreateAsync(TestApp app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var supplierUser = await app.CreateUserAsync($"erp-{suffix}@example.org");
        var supplierSiret = TestStructures.NewSiret();
        var supplier = await app.CreateStructureAsync(supplierUser, $"Fournisseur {suffix}", siret: supplierSiret);
        await app.GrantAsync(supplier, supplierUser, Space.FacturesEmises);
        var (recipient, recipientSiret) = await app.CreateRecipientAsync(await app.CreateUserAsync($"mairie-{suffix}@example.org"), $"Mairie {suffix}", p => p.ServiceCodeRequired = true);
        var validatorSiret = TestStructures.NewSiret();
        var validator = await app.CreateStructureAsync(await app.CreateUserAsync($"titulaire-{suffix}@example.org"), $"Titulaire {suffix}", siret: validatorSiret);
        return new WriteScenario
        {
            App = app,
            Suffix = suffix,
            Supplier = supplier,
            SupplierSiret = supplierSiret,
            SupplierUser = supplierUser,
            SupplierApi = await CproClient.CreateAsync(app, supplier, Space.FacturesEmises),
            Recipient = recipient,
            RecipientSiret = recipientSiret,
            RecipientApi = await CproClient.CreateAsync(app, recipient, Space.FacturesRecues),
            ValidatorSiret = validatorSiret,
            ValidatorApi = await CproClient.CreateAsync(app, validator, Space.FacturesAValider),
        };
    }

    /// <summary>The AIFE SAISIE_API example made consistent: 10 lots at TVA5 (20 %) and 12 kg at 2.1 % typed by hand.</summary>
    public object Saisie(string? number, string? service = "TECHNIQUE") => new
    {
        modeDepot = "SAISIE_API",
        numeroFactureSaisi = number,
        destinataire = new { codeDestinataire = RecipientSiret, codeServiceExecutant = service },
        fournisseur = new { idFournisseur = Supplier, idServiceFournisseur = 436, codeCoordonneesBancairesFournisseur = 0 },
        cadreDeFacturation = new { codeCadreFacturation = "A1_FACTURE_FOURNISSEUR", codeStructureValideur = (string?)null },
        references = new
        {
            deviseFacture = "EUR",
            typeFacture = "FACTURE",
            typeTva = "TVA_SUR_DEBIT",
            motifExonerationTva = (string?)null,
            numeroMarche = "VABFM001",
            numeroBonCommande = (string?)null,
            numeroFactureOrigine = (string?)null,
            modePaiement = "VIREMENT",
        },
        lignePoste = new object[]
        {
            new { lignePosteNumero = 1, lignePosteReference = "R1", lignePosteDenomination = "Ramettes de papier", lignePosteQuantite = 10, lignePosteUnite = "lot", lignePosteMontantUnitaireHT = 50.0, lignePosteMontantRemiseHT = (decimal?)null, lignePosteTauxTva = "TVA5", lignePosteTauxTvaManuel = (decimal?)null },
            new { lignePosteNumero = 2, lignePosteReference = "R2", lignePosteDenomination = "Médicaments", lignePosteQuantite = 12, lignePosteUnite = "Kg", lignePosteMontantUnitaireHT = 36.0, lignePosteMontantRemiseHT = (decimal?)null, lignePosteTauxTva = (string?)null, lignePosteTauxTvaManuel = 2.1 },
        },
        ligneTva = new object[]
        {
            new { ligneTvaTaux = "TVA5", ligneTvaMontantBaseHtParTaux = 500.0, ligneTvaMontantTvaParTaux = 100.0, ligneTvaTauxManuel = (decimal?)null },
            new { ligneTvaTaux = (string?)null, ligneTvaMontantBaseHtParTaux = 432.0, ligneTvaMontantTvaParTaux = 9.07, ligneTvaTauxManuel = 2.1 },
        },
        montantTotal = new { montantHtTotal = 932.0, montantTVA = 109.07, montantTtcTotal = 1041.07, montantRemiseGlobaleTTC = 0, motifRemiseGlobaleTTC = (string?)null, montantAPayer = 1041.07 },
        commentaire = "Création par l'API",
    };

    /// <summary>An invoice sent by the portal's use case, then brought to <paramref name="status"/> by the recipient.</summary>
    public async Task<int> InvoiceAsync(string number, InvoiceStatus status = InvoiceStatus.MiseADisposition)
    {
        var id = await App.SendInvoiceAsync(SupplierUser, Supplier, RecipientSiret, number);
        var action = status switch
        {
            InvoiceStatus.Suspendue => RecipientAction.Suspendre,
            InvoiceStatus.ARecycler => RecipientAction.ARecycler,
            InvoiceStatus.Rejetee => RecipientAction.Rejeter,
            _ => (RecipientAction?)null,
        };
        if (action is { } a)
        {
            await App.WithDbAsync(async db =>
            {
                var invoice = await db.Invoices.Include(i => i.Events).SingleAsync(i => i.Id == id);
                invoice.Process(a, new InvoiceActor(null, "Agent"), "Pièce manquante", null, App.Clock.GetUtcNow().UtcDateTime);
                return await db.SaveChangesAsync();
            });
        }

        return id;
    }

    public Task<Invoice> LoadAsync(int id) =>
        App.WithDbAsync(db => db.Invoices.Include(i => i.Files).Include(i => i.Events).AsNoTracking().SingleAsync(i => i.Id == id));

    public async Task<byte[]> BytesAsync(InvoiceFile file)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync(file.Sha256, CancellationToken.None))!;
    }
}
