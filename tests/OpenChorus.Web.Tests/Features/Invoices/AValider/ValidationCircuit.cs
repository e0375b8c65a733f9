using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.AValider;

/// <summary>A subcontracting circuit on the real database: a subcontractor (supplier), the titulaire who validates
/// its invoices ("Factures à valider" in Modification, plus a colleague in Consultation), and the public recipient
/// with an agent in "Factures reçues".</summary>
public sealed class ValidationCircuit
{
    private ValidationCircuit(TestApp app, string suffix) => (App, Suffix) = (app, suffix);

    public TestApp App { get; }

    public string Suffix { get; }

    public Guid SupplierUser { get; private set; }

    public int Supplier { get; private set; }

    public string RecipientSiret { get; private set; } = "";

    public int Titulaire { get; private set; }

    public string TitulaireSiret { get; private set; } = "";

    public Guid Validator { get; private set; }

    public Guid Reader { get; private set; }

    public string SupplierEmail => $"st-{Suffix}@example.org";

    public string ValidatorEmail => $"titulaire-{Suffix}@example.org";

    public string AgentEmail => $"agent-{Suffix}@example.org";

    public static async Task<ValidationCircuit> CreateAsync(TestApp app)
    {
        var circuit = new ValidationCircuit(app, Guid.NewGuid().ToString("N")[..8]);
        await circuit.SetUpAsync();
        return circuit;
    }

    /// <summary>An A9 (or A12) invoice sent by the subcontractor, waiting for the titulaire.</summary>
    public Task<int> SendAsync(string number, InvoiceFrame frame = InvoiceFrame.A9) =>
        App.SendInvoiceAsync(SupplierUser, Supplier, RecipientSiret, number, frame: frame, validatorSiret: TitulaireSiret);

    public Task<Invoice> InvoiceAsync(int id) =>
        App.WithDbAsync(db => db.Invoices.AsNoTracking().Include(i => i.Events).SingleAsync(i => i.Id == id));

    /// <summary>A fingerprint of the invoice, to prove a refused request changed nothing.</summary>
    public Task<string> FingerprintAsync(int id) => App.WithDbAsync(async db =>
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Events).SingleAsync(i => i.Id == id);
        return $"{invoice.Status}|{invoice.Version}|{invoice.Events.Count}|{await db.OutboxMails.CountAsync()}";
    });

    private async Task SetUpAsync()
    {
        SupplierUser = await App.CreateUserAsync(SupplierEmail);
        Supplier = await App.CreateStructureAsync(SupplierUser, $"Sous-traitant {Suffix}");
        await App.GrantAsync(Supplier, SupplierUser, Space.FacturesEmises);

        var principal = await App.CreateUserAsync($"mairie-{Suffix}@example.org");
        (var recipient, RecipientSiret) = await App.CreateRecipientAsync(principal, $"Mairie {Suffix}");
        var agent = await App.CreateUserAsync(AgentEmail);
        await App.GrantAsync(recipient, agent, Space.FacturesRecues, AccessMode.Consultation);

        var titulairePrincipal = await App.CreateUserAsync($"gp-titulaire-{Suffix}@example.org");
        TitulaireSiret = TestStructures.NewSiret();
        Titulaire = await App.CreateStructureAsync(titulairePrincipal, $"Titulaire {Suffix}", siret: TitulaireSiret);
        Validator = await App.CreateUserAsync(ValidatorEmail);
        await App.GrantAsync(Titulaire, Validator, Space.FacturesAValider);
        Reader = await App.CreateUserAsync($"lecteur-{Suffix}@example.org");
        await App.GrantAsync(Titulaire, Reader, Space.FacturesAValider, AccessMode.Consultation);
    }
}
