using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Validation;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Saisie;

/// <summary>"Saisie": an invoice keyed in the form, confirmed and sent, with a UBL original that passes EN 16931.</summary>
public sealed class SaisieTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string Page = "/factures-emises/saisie";
    private string _suffix = "";
    private Guid _supplierUser;
    private int _supplier;
    private string _recipientSiret = "";

    public async ValueTask InitializeAsync()
    {
        _suffix = Guid.NewGuid().ToString("N")[..8];
        _supplierUser = await app.CreateUserAsync($"saisie-{_suffix}@example.org");
        _supplier = await app.CreateStructureAsync(_supplierUser, $"Fournisseur {_suffix}");
        await app.GrantAsync(_supplier, _supplierUser, Space.FacturesEmises);
        var principal = await app.CreateUserAsync($"mairie-{_suffix}@example.org");
        (var recipient, _recipientSiret) = await app.CreateRecipientAsync(principal, $"Mairie {_suffix}", p => p.ServiceCodeRequired = true);
        await app.GrantAsync(recipient, await app.CreateUserAsync($"agent-{_suffix}@example.org"), Space.FacturesRecues, AccessMode.Consultation);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Get_ShowsFiveBlankRowsForTheUsersStructureDatedToday()
    {
        using var portal = await app.SignInAsync(_supplierUser);

        var page = await portal.GetAsync(Page);

        Assert.Equal(5, page.QuerySelectorAll(".saisie-ligne").Length);
        Assert.Contains($"Fournisseur {_suffix}", page.QuerySelector("#Input_StructureId option[selected]")!.TextContent);
        Assert.Equal("2026-11-26", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_IssueDate")!.Value);
    }

    [Fact]
    public async Task AddLine_WithoutJavaScript_PostsBackWithOneMoreRowAndKeepsWhatWasTyped()
    {
        using var portal = await app.SignInAsync(_supplierUser);
        var page = await portal.GetAsync(Page);

        var again = await portal.ClickAsync(page, "Ajouter une ligne", new Dictionary<string, string> { ["Input.Lines[0].Designation"] = "Câbles" });

        Assert.Equal(6, again.QuerySelectorAll(".saisie-ligne").Length);
        Assert.Equal("Câbles", again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Lines_0__Designation")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Invoices.CountAsync(i => i.SupplierStructureId == _supplier)));
    }

    [Fact]
    public async Task ValiderEtEnvoyer_ThenConfirmer_SendsAValidUblOriginalAndItsRenderingToTheRecipient()
    {
        using var portal = await app.SignInAsync(_supplierUser);
        var before = await app.CountAsync<Invoice>();
        var form = await portal.GetAsync(Page);

        var confirmation = await portal.ClickAsync(form, "Valider et envoyer", SaisieSteps.Invoice($"S-{_suffix}", _recipientSiret));

        Assert.Equal("Confirmation d'envoi", confirmation.QuerySelector("h1")!.TextContent);
        Assert.Equal("514,95 EUR", confirmation.QuerySelector("#total-ttc")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Equal(before, await app.CountAsync<Invoice>());

        var recap = await portal.ClickAsync(confirmation, "Confirmer et envoyer");

        Assert.Contains($"La facture n° S-{_suffix} est validée, elle est en cours de transmission.", recap.QuerySelector("[role=status]")!.TextContent);
        var invoice = await app.WithDbAsync(db => db.Invoices.Include(i => i.Files).SingleAsync(i => i.Number == $"S-{_suffix}"));
        Assert.Equal((InvoiceStatus.MiseADisposition, DepositMode.SaisieWeb), (invoice.Status, invoice.DepositMode));
        Assert.Equal((440.00m, 74.95m, 514.95m, 514.95m), (invoice.TotalExcludingVat, invoice.TotalVat, invoice.TotalIncludingVat, invoice.AmountDue));
        var original = await DownloadAsync(portal, invoice, InvoiceFileKind.Original);
        var report = InvoiceValidator.Validate(original);
        Assert.DoesNotContain(report.Violations, v => v.Severity == Severity.Fatal);
        Assert.Equal(Verdict.Valid, report.Verdict);
        var read = report.Invoice!;
        Assert.Equal(("TECHNIQUE", 2, 514.95m), (read.BuyerReference, read.Lines.Count, read.Totals!.PayableAmount));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await DownloadAsync(portal, invoice, InvoiceFileKind.Rendering), 0, 4));
        await app.Mail.WaitForAsync($"agent-{_suffix}@example.org", m => m.Subject?.Contains($"S-{_suffix}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Avoir_IsWrittenAsAValidUblCreditNote()
    {
        using var portal = await app.SignInAsync(_supplierUser);
        var fields = SaisieSteps.Invoice($"AV-{_suffix}", _recipientSiret);
        fields["Input.Kind"] = "Avoir";

        var recap = await SendAsync(portal, fields);

        Assert.Contains("est validée", recap.QuerySelector("[role=status]")!.TextContent);
        var invoice = await app.WithDbAsync(db => db.Invoices.Include(i => i.Files).SingleAsync(i => i.Number == $"AV-{_suffix}"));
        var original = await DownloadAsync(portal, invoice, InvoiceFileKind.Original);
        Assert.Contains("<CreditNote", System.Text.Encoding.UTF8.GetString(original));
        Assert.Equal(Verdict.Valid, InvoiceValidator.Validate(original).Verdict);
    }

    [Fact]
    public async Task ExemptLine_WithoutReason_IsRefusedNextToTheField_WithReason_IsValid()
    {
        using var portal = await app.SignInAsync(_supplierUser);
        var fields = SaisieSteps.Invoice($"EX-{_suffix}", _recipientSiret);
        fields["Input.Lines[1].VatRate"] = "0";

        var refused = await portal.ClickAsync(await portal.GetAsync(Page), "Valider et envoyer", fields);
        Assert.Contains("indiquez le motif d'exonération", refused.QuerySelector("#Input_Lines_1__ExemptionReason-messages")!.TextContent);

        fields["Input.Lines[1].ExemptionReason"] = "Exonération art. 261 du CGI";
        var recap = await SendAsync(portal, fields);
        Assert.Contains("est validée", recap.QuerySelector("[role=status]")!.TextContent);
        var invoice = await app.WithDbAsync(db => db.Invoices.Include(i => i.Files).SingleAsync(i => i.Number == $"EX-{_suffix}"));
        Assert.Equal(Verdict.Valid, InvoiceValidator.Validate(await DownloadAsync(portal, invoice, InvoiceFileKind.Original)).Verdict);
    }

    [Theory]
    [InlineData("Input.Lines[0].Quantity", "deux", "#Input_Lines_0__Quantity-messages", "Indiquez une quantité positive")]
    [InlineData("Input.Lines[0].Designation", "", "#Input_Lines_0__Designation-messages", "Indiquez la désignation de la ligne.")]
    [InlineData("Input.RecipientSiret", "", "#Input_RecipientSiret-messages", "Indiquez le SIRET du destinataire.")]
    [InlineData("Input.ServiceCode", "INCONNU", "#Input_ServiceCode-messages", "Le code service « INCONNU » n'existe pas")]
    [InlineData("Input.Number", "20261126", "#Input_Number-messages", "La date du jour n'est pas un numéro de facture")]
    [InlineData("Input.IssueDate", "demain", "#Input_IssueDate-messages", "n'est pas une date")]
    [InlineData("Input.SellerVatNumber", "", "#Input_SellerVatNumber-messages", "Indiquez le numéro de TVA intracommunautaire")]
    [InlineData("Input.AllowanceVatRate", "10", "#Input_AllowanceVatRate-messages", "doit être celui d'au moins une ligne")]
    [InlineData("Input.Frame", "A9", "#Input_ValidatorSiret-messages", "Indiquez le SIRET du titulaire du marché")]
    public async Task ValiderEtEnvoyer_WithABadField_SaysWhyInFrenchNextToItAndWritesNothing(string field, string value, string messages, string message)
    {
        using var portal = await app.SignInAsync(_supplierUser);
        var fields = SaisieSteps.Invoice($"E-{_suffix}", _recipientSiret);
        fields[field] = value;
        var before = await app.CountAsync<Invoice>();

        var page = await portal.ClickAsync(await portal.GetAsync(Page), "Valider et envoyer", fields);

        Assert.Equal("Saisir une facture", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(message, page.QuerySelector(messages)!.TextContent);
        Assert.Equal(before, await app.CountAsync<Invoice>());
    }

    [Fact]
    public async Task Confirmer_WithANumberTakenMeanwhile_IsRefusedWithChorusProsMessage()
    {
        using var portal = await app.SignInAsync(_supplierUser);
        var confirmation = await portal.ClickAsync(await portal.GetAsync(Page), "Valider et envoyer", SaisieSteps.Invoice($"DUP-{_suffix}", _recipientSiret));
        await app.SendInvoiceAsync(_supplierUser, _supplier, _recipientSiret, $"DUP-{_suffix}");

        var page = await portal.ClickAsync(confirmation, "Confirmer et envoyer");

        Assert.Contains(InvoiceNumbers.Duplicate, page.QuerySelector("#Input_Number-messages")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.Invoices.CountAsync(i => i.Number == $"DUP-{_suffix}")));
    }

    [Fact]
    public async Task SubcontractorInvoice_WaitsForTheTitulaire_WhoSeesItInFacturesAValider()
    {
        var titulaireUser = await app.CreateUserAsync($"titulaire-{_suffix}@example.org");
        var titulaireSiret = TestStructures.NewSiret();
        var titulaire = await app.CreateStructureAsync(titulaireUser, $"Titulaire {_suffix}", siret: titulaireSiret);
        await app.GrantAsync(titulaire, titulaireUser, Space.FacturesAValider);
        using var portal = await app.SignInAsync(_supplierUser);
        var fields = SaisieSteps.Invoice($"ST-{_suffix}", _recipientSiret);
        (fields["Input.Frame"], fields["Input.ValidatorSiret"]) = ("A9", titulaireSiret);

        var recap = await SendAsync(portal, fields);

        Assert.Contains("elle attend la validation du titulaire", recap.QuerySelector("[role=status]")!.TextContent);
        var id = await app.WithDbAsync(db => db.Invoices.Where(i => i.Number == $"ST-{_suffix}").Select(i => i.Id).SingleAsync());
        using var validator = await app.SignInAsync(titulaireUser);
        Assert.NotNull((await validator.GetAsync("/factures-a-valider")).QuerySelector($"tr[data-invoice='{id}']"));
    }

    [Fact]
    public async Task Enregistrer_KeepsABrouillonWithItsFiles_SentToNobody()
    {
        using var portal = await app.SignInAsync(_supplierUser);
        var watch = new MailWatch(app.Mail);

        var recap = await portal.ClickAsync(await portal.GetAsync(Page), "Enregistrer", SaisieSteps.Invoice($"BR-{_suffix}", _recipientSiret));

        Assert.Contains("est enregistrée en brouillon", recap.QuerySelector("[role=status]")!.TextContent);
        var invoice = await app.WithDbAsync(db => db.Invoices.Include(i => i.Files).Include(i => i.Events).SingleAsync(i => i.Number == $"BR-{_suffix}"));
        Assert.Equal((InvoiceStatus.Brouillon, 2, 0), (invoice.Status, invoice.Files.Count, invoice.Events.Count));
        Assert.True(await watch.NoneWithinAsync($"agent-{_suffix}@example.org", 0.5));
    }

    [Fact]
    public async Task KeyedInBrouillon_SentLaterFromTheSynthese_ReachesTheRecipientWithItsGeneratedOriginal()
    {
        using var portal = await app.SignInAsync(_supplierUser);
        await portal.ClickAsync(await portal.GetAsync(Page), "Enregistrer", SaisieSteps.Invoice($"BL-{_suffix}", _recipientSiret));
        var id = await app.WithDbAsync(db => db.Invoices.Where(i => i.Number == $"BL-{_suffix}").Select(i => i.Id).SingleAsync());
        var synthese = await portal.GetAsync("/factures-emises");
        var send = synthese.QuerySelector($"a[href='/factures-emises/depot/{id}?etape=confirmation']")!;

        var confirmation = await portal.GetAsync(send.GetAttribute("href")!);
        var summary = await Emises.DepositSteps.ConfirmAsync(portal, confirmation);

        Assert.Contains($"La facture n° BL-{_suffix} est validée, elle est en cours de transmission au service concerné", summary.Body!.TextContent);
        var invoice = await app.WithDbAsync(db => db.Invoices.Include(i => i.Files).SingleAsync(i => i.Id == id));
        Assert.Equal((InvoiceStatus.MiseADisposition, DepositMode.SaisieWeb), (invoice.Status, invoice.DepositMode));
        Assert.Contains(invoice.Files, f => f.Kind == InvoiceFileKind.Original && f.ContentType.Contains("xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saisie_ByAUserInConsultation_IsForbidden_AndAForgedSendForAnotherStructureIs404()
    {
        var reader = await app.CreateUserAsync($"lecteur-{_suffix}@example.org");
        await app.GrantAsync(_supplier, reader, Space.FacturesEmises, AccessMode.Consultation);
        using var readerPortal = await app.SignInAsync(reader);
        await readerPortal.GetAsync(Page, HttpStatusCode.Forbidden);

        var other = await app.CreateUserAsync($"autre-{_suffix}@example.org");
        await app.GrantAsync(await app.CreateStructureAsync(other, $"Autre {_suffix}"), other, Space.FacturesEmises);
        using var otherPortal = await app.SignInAsync(other);
        var fields = SaisieSteps.Invoice($"FG-{_suffix}", _recipientSiret);
        fields["Input.StructureId"] = _supplier.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await app.CountAsync<Invoice>();

        await otherPortal.PostAsync($"{Page}?handler=Send", fields, HttpStatusCode.NotFound);
        await otherPortal.PostAsync($"{Page}?handler=Save", fields, HttpStatusCode.NotFound);

        Assert.Equal(before, await app.CountAsync<Invoice>());
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SendAsync(PortalClient portal, Dictionary<string, string> fields)
    {
        var confirmation = await portal.ClickAsync(await portal.GetAsync(Page), "Valider et envoyer", fields);
        return await portal.ClickAsync(confirmation, "Confirmer et envoyer");
    }

    private static async Task<byte[]> DownloadAsync(PortalClient portal, Invoice invoice, InvoiceFileKind kind)
    {
        var file = invoice.Files.Single(f => f.Kind == kind);
        var response = await portal.Http.GetAsync(new Uri($"/factures/{invoice.Id}/fichiers/{file.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
