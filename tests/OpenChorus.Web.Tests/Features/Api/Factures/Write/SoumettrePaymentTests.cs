using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Validation;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Api.Factures.Write;

/// <summary>soumettre's modePaiement, codeCoordonneesBancairesFournisseur and numeroFactureOrigine: stored on the
/// invoice, written in the UBL original where EN 16931 has a place (BT-81, BT-84, BG-3), answered by
/// consulter/fournisseur; a bank detail that is not the structure's is refused.</summary>
public sealed class SoumettrePaymentTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string Soumettre = "/cpro/factures/v1/soumettre";
    private const string Iban = "FR7630006000011234567890189";
    private WriteScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await WriteScenario.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task CreditNote_WithChequeAndTheInvoiceItCorrects_StoresThemWritesThemInTheValidUblAndAnswersThem()
    {
        var request = Request($"AV-{_s.Suffix}");
        request["references"]!["typeFacture"] = "AVOIR";
        request["references"]!["modePaiement"] = "cheque";
        request["references"]!["numeroFactureOrigine"] = $"F-ORIG-{_s.Suffix}";

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal((200, 0), (status, body.GetProperty("codeRetour").GetInt32()));
        var invoice = await _s.LoadAsync(body.GetProperty("identifiantFactureCPP").GetInt32());
        Assert.Equal((InvoiceKind.Avoir, "CHEQUE", $"F-ORIG-{_s.Suffix}", (string?)null), (invoice.Kind, invoice.PaymentMode, invoice.PrecedingInvoiceNumber, invoice.PaymentAccount));
        var report = InvoiceValidator.Validate(await _s.BytesAsync(invoice.Files.Single(f => f.Kind == InvoiceFileKind.Original)));
        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Equal("381", report.Invoice!.TypeCode);
        Assert.Equal("20", Assert.Single(report.Invoice.PaymentInstructions).MeansCode);
        Assert.Equal($"F-ORIG-{_s.Suffix}", Assert.Single(report.Invoice.PrecedingInvoices).Number);
        var references = (await ConsultAsync(invoice.Id)).GetProperty("references");
        Assert.Equal(("AVOIR", "CHEQUE", $"F-ORIG-{_s.Suffix}"), (references.GetProperty("typeFacture").GetString(),
            references.GetProperty("modePaiement").GetString(), references.GetProperty("numeroFactureOrigine").GetString()));
    }

    [Fact]
    public async Task Transfer_ToTheBankDetailsOfTheStructure_WritesItsIbanAndAnswersTheChosenCode()
    {
        await SetIbanAsync(Iban);
        var (_, valid) = await _s.SupplierApi.CallAsync("/cpro/transverses/v1/recuperer/coordbanc/valides", new { idStructure = _s.Supplier });
        var code = valid.GetProperty("listeCoordonneeBancaire")[0].GetProperty("idCoordonneeBancaire").GetInt64();
        var request = Request($"VIR-{_s.Suffix}");
        request["fournisseur"]!["codeCoordonneesBancairesFournisseur"] = code;

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal((200, 0), (status, body.GetProperty("codeRetour").GetInt32()));
        var invoice = await _s.LoadAsync(body.GetProperty("identifiantFactureCPP").GetInt32());
        Assert.Equal(("VIREMENT", Iban), (invoice.PaymentMode, invoice.PaymentAccount));
        var report = InvoiceValidator.Validate(await _s.BytesAsync(invoice.Files.Single(f => f.Kind == InvoiceFileKind.Original)));
        Assert.Equal(Verdict.Valid, report.Verdict);
        var means = Assert.Single(report.Invoice!.PaymentInstructions);
        Assert.Equal(("30", Iban), (means.MeansCode, Assert.Single(means.CreditTransfers).AccountId));
        var facture = await ConsultAsync(invoice.Id);
        Assert.Equal("VIREMENT", facture.GetProperty("references").GetProperty("modePaiement").GetString());
        Assert.Equal((code, Iban), (facture.GetProperty("fournisseur").GetProperty("coordBancairesFournisseurId").GetInt64(),
            facture.GetProperty("fournisseur").GetProperty("coordBancairesFournisseurCompteBancaire").GetString()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BankDetailsThatAreNotTheStructures_AreRefusedAndNothingIsCreated(bool structureHasIban)
    {
        if (structureHasIban)
        {
            await SetIbanAsync(Iban);
        }

        var request = Request($"BAD-{_s.Suffix}");
        request["fournisseur"]!["codeCoordonneesBancairesFournisseur"] = _s.Supplier + 1000;

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal((400, 20013), (status, body.GetProperty("codeRetour").GetInt32()));
        Assert.StartsWith($"fournisseur.codeCoordonneesBancairesFournisseur : {_s.Supplier + 1000} n'est pas une coordonnée bancaire valide de la structure",
            body.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Number == $"BAD-{_s.Suffix}")));
    }

    [Fact]
    public async Task UnknownPaymentMode_IsRefusedWithTheList()
    {
        var request = Request($"CB-{_s.Suffix}");
        request["references"]!["modePaiement"] = "CARTE";

        var (status, body) = await _s.SupplierApi.CallAsync(Soumettre, request);

        Assert.Equal((400, 20013), (status, body.GetProperty("codeRetour").GetInt32()));
        Assert.Equal("references.modePaiement : « CARTE » n'est pas un mode de paiement ; indiquez CHEQUE, PRELEVEMENT, VIREMENT, ESPECE, AUTRE ou REPORT (recuperer/modereglements).",
            body.GetProperty("libelle").GetString());
        Assert.False(await app.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Number == $"CB-{_s.Suffix}")));
    }

    private JsonNode Request(string number) => JsonNode.Parse(JsonSerializer.Serialize(_s.Saisie(number)))!;

    private Task<int> SetIbanAsync(string iban) => app.WithDbAsync(async db =>
    {
        var structure = await db.Structures.SingleAsync(s => s.Id == _s.Supplier);
        structure.Iban = iban;
        return await db.SaveChangesAsync();
    });

    private async Task<JsonElement> ConsultAsync(int id)
    {
        var (status, body) = await _s.SupplierApi.CallAsync("/cpro/factures/v1/consulter/fournisseur", new { identifiantFactureCPP = id });
        Assert.Equal(200, status);
        return body.GetProperty("facture");
    }
}
