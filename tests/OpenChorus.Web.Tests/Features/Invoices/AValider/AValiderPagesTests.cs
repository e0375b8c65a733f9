using System.Net;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.AValider;

/// <summary>"Factures à valider" over HTTP: the Synthèse, the invoice view, "Valider" and "Refuser", and who may do
/// what. Every refusal is said in French and writes nothing.</summary>
public sealed class AValiderPagesTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private ValidationCircuit _circuit = null!;

    public async ValueTask InitializeAsync() => _circuit = await ValidationCircuit.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Synthese_ListsTheWaitingInvoiceWithTheDaysLeftBeforeTacitValidation()
    {
        var id = await _circuit.SendAsync($"ST-{_circuit.Suffix}");
        using var portal = await app.SignInAsync(_circuit.Validator);

        var page = await portal.GetAsync("/factures-a-valider");

        var row = page.QuerySelector($"#synthese tr[data-invoice='{id}']");
        Assert.NotNull(row);
        Assert.Contains($"Sous-traitant {_circuit.Suffix}", row.TextContent);
        Assert.Contains("15 jours", row.TextContent);
        Assert.Equal($"/factures-a-valider/{id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Synthese_ForAUserWithoutTheSpace_IsForbidden()
    {
        using var portal = await app.SignInAsync(_circuit.SupplierUser);

        await portal.GetAsync("/factures-a-valider", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Validate_WithoutTickingTitulaire_IsRefusedInFrenchAndWritesNothing()
    {
        var id = await _circuit.SendAsync($"NT-{_circuit.Suffix}");
        var before = await _circuit.FingerprintAsync(id);
        using var portal = await app.SignInAsync(_circuit.Validator);

        var page = await portal.SubmitAsync($"/factures-a-valider/{id}", new Dictionary<string, string> { ["Information"] = "RAS" }, "#valider");

        Assert.Contains("Cochez « Vous êtes titulaire du marché » pour valider", page.QuerySelector("#ConfirmsRole-messages")!.TextContent);
        Assert.Equal("RAS", page.QuerySelector("#Information")!.TextContent);
        Assert.Equal(before, await _circuit.FingerprintAsync(id));
    }

    [Fact]
    public async Task Validate_Ticked_SendsTheInvoiceToTheRecipientAndMailsItsAgent()
    {
        var id = await _circuit.SendAsync($"OK-{_circuit.Suffix}");
        var mails = new MailWatch(app.Mail);
        using var portal = await app.SignInAsync(_circuit.Validator);

        var page = await portal.SubmitAsync($"/factures-a-valider/{id}",
            new Dictionary<string, string> { ["ConfirmsRole"] = "true", ["Information"] = "Travaux réceptionnés le 20/11" }, "#valider");

        Assert.Contains("Vous avez validé la facture", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(page.QuerySelector("#valider"));
        var invoice = await _circuit.InvoiceAsync(id);
        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        var validation = Assert.Single(invoice.Events, e => e.Status == InvoiceStatus.Validee1);
        Assert.Equal(("Travaux réceptionnés le 20/11", _circuit.Validator), (validation.Comment, validation.ActorUserId!.Value));
        Assert.Contains("Validation par le titulaire", page.QuerySelector("#historique")!.TextContent);
        Assert.Contains($"OK-{_circuit.Suffix}", (await mails.NextAsync(_circuit.AgentEmail)).Subject);
        await app.Mail.WaitForAsync(_circuit.SupplierEmail, m => m.Subject == $"Facture n° OK-{_circuit.Suffix} : Mise à disposition");
    }

    [Fact]
    public async Task View_CoContractorInvoice_AsksToTickMandataire()
    {
        var id = await _circuit.SendAsync($"CO-{_circuit.Suffix}", InvoiceFrame.A12);
        using var portal = await app.SignInAsync(_circuit.Validator);

        var page = await portal.GetAsync($"/factures-a-valider/{id}");

        Assert.Equal("Vous êtes mandataire du groupement", page.QuerySelector("label[for=ConfirmsRole]")!.TextContent.Trim());
        Assert.Contains("Valideur (mandataire)", page.QuerySelector("#donnees-facture")!.TextContent);
    }

    [Fact]
    public async Task Refuse_WithoutReason_IsRefusedInFrenchAndWritesNothing()
    {
        var id = await _circuit.SendAsync($"NR-{_circuit.Suffix}");
        var before = await _circuit.FingerprintAsync(id);
        using var portal = await app.SignInAsync(_circuit.Validator);

        var page = await portal.SubmitAsync($"/factures-a-valider/{id}", new Dictionary<string, string> { ["Reason"] = "  " }, "#refuser");

        Assert.Contains("Indiquez le motif du refus", page.QuerySelector("#Reason-messages")!.TextContent);
        Assert.Equal(before, await _circuit.FingerprintAsync(id));
    }

    [Fact]
    public async Task Refuse_WithReason_EndsTheInvoiceAndMailsTheSupplierTheReason()
    {
        var id = await _circuit.SendAsync($"RF-{_circuit.Suffix}");
        var mails = new MailWatch(app.Mail);
        using var portal = await app.SignInAsync(_circuit.Validator);

        var page = await portal.SubmitAsync($"/factures-a-valider/{id}", new Dictionary<string, string> { ["Reason"] = "Prestation non réalisée" }, "#refuser");

        Assert.Contains("Vous avez refusé la facture", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(InvoiceStatus.Refusee1, (await _circuit.InvoiceAsync(id)).Status);
        var mail = await app.Mail.WaitForAsync(_circuit.SupplierEmail, m => m.Subject == $"Facture n° RF-{_circuit.Suffix} : Refusée");
        Assert.Contains("Prestation non réalisée", mail.TextBody);
        Assert.True(await mails.NoneWithinAsync(_circuit.AgentEmail, 0.5));
    }

    [Fact]
    public async Task Validate_AnInvoiceAlreadyRefused_IsRefusedInFrench()
    {
        var id = await _circuit.SendAsync($"AR-{_circuit.Suffix}");
        using var portal = await app.SignInAsync(_circuit.Validator);
        var open = await portal.GetAsync($"/factures-a-valider/{id}");
        await portal.SubmitAsync($"/factures-a-valider/{id}", new Dictionary<string, string> { ["Reason"] = "Doublon" }, "#refuser");
        var before = await _circuit.FingerprintAsync(id);

        var page = await portal.SubmitAsync(open, new Dictionary<string, string> { ["ConfirmsRole"] = "true" }, "#valider");

        Assert.Contains("Une facture au statut « Refusée » ne peut pas être validée.", page.QuerySelector(".fr-alert--error")!.TextContent);
        Assert.Equal(before, await _circuit.FingerprintAsync(id));
    }

    [Fact]
    public async Task View_InConsultation_ShowsTheInvoiceWithoutButtons_AndForgedPostsAre404()
    {
        var id = await _circuit.SendAsync($"CS-{_circuit.Suffix}");
        var before = await _circuit.FingerprintAsync(id);
        using var portal = await app.SignInAsync(_circuit.Reader);

        var page = await portal.GetAsync($"/factures-a-valider/{id}");
        await portal.PostAsync($"/factures-a-valider/{id}?handler=Validate", new Dictionary<string, string> { ["ConfirmsRole"] = "true" }, HttpStatusCode.NotFound);
        await portal.PostAsync($"/factures-a-valider/{id}?handler=Refuse", new Dictionary<string, string> { ["Reason"] = "Non" }, HttpStatusCode.NotFound);

        Assert.Contains($"CS-{_circuit.Suffix}", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("#valider"));
        Assert.Null(page.QuerySelector("#refuser"));
        Assert.Equal(before, await _circuit.FingerprintAsync(id));
    }

    [Fact]
    public async Task AnotherTitulaire_GetsNotFoundForTheInvoiceAndItsFiles_AndCannotDecide()
    {
        var id = await _circuit.SendAsync($"OT-{_circuit.Suffix}");
        var before = await _circuit.FingerprintAsync(id);
        var other = await app.CreateUserAsync($"autre-{_circuit.Suffix}@example.org");
        var otherStructure = await app.CreateStructureAsync(other, $"Autre titulaire {_circuit.Suffix}");
        await app.GrantAsync(otherStructure, other, Space.FacturesAValider);
        using var portal = await app.SignInAsync(other);

        await portal.GetAsync($"/factures-a-valider/{id}", HttpStatusCode.NotFound);
        await portal.PostAsync($"/factures-a-valider/{id}?handler=Validate", new Dictionary<string, string> { ["ConfirmsRole"] = "true" }, HttpStatusCode.NotFound);
        var synthese = await portal.GetAsync("/factures-a-valider");

        Assert.Null(synthese.QuerySelector($"tr[data-invoice='{id}']"));
        Assert.Equal(before, await _circuit.FingerprintAsync(id));
    }

    [Fact]
    public async Task View_AttachmentsOfTheInvoice_AreDownloadableByTheValidator()
    {
        var id = await _circuit.SendAsync($"PJ-{_circuit.Suffix}");
        var fileId = await app.AttachAsync(id, "bon-de-livraison.txt", "livré le 20/11"u8.ToArray());
        using var portal = await app.SignInAsync(_circuit.Validator);

        var page = await portal.GetAsync($"/factures-a-valider/{id}");
        var link = page.QuerySelector($"#pieces a[href='/factures/{id}/fichiers/{fileId}']");
        var download = await portal.Http.GetAsync(new Uri(link!.GetAttribute("href")!, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("livré le 20/11", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
