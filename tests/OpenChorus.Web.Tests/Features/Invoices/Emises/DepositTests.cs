using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>"Dépôt" of one invoice over HTTP: format found by content, data read from the XML or typed for a PDF,
/// routing checked with the recipient's rules, "Valider et envoyer" → "Confirmation d'envoi" → "Confirmer et envoyer".</summary>
public sealed class DepositTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private EmisesWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Deposit_Ubl_ReadsTheXmlPrefillsRoutingAndSendsWithoutPriorSave()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("UBL");

        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret, "TECHNIQUE", "EJ-77"));

        Assert.Contains(number, form.QuerySelector("#donnees-xml")!.TextContent);
        Assert.Contains("Facture UBL 2.1", form.MainText());
        Assert.Equal(_w.RecipientSiret, form.Value("Form.RecipientSiret"));
        Assert.Equal("TECHNIQUE", form.Value("Form.ServiceCode"));
        Assert.Equal("EJ-77", form.Value("Form.EngagementNumber"));
        Assert.Null(form.QuerySelector("input[name='Form.Number']"));

        var confirmation = await portal.FormAsync(form, "valider");
        Assert.Equal("Confirmation d'envoi — OpenChorus", confirmation.Title);
        Assert.Contains($"Mairie {_w.Suffix}", confirmation.QuerySelector("#confirmer-envoi")!.ParentElement!.TextContent);
        Assert.Null(await _w.InvoiceAsync(app, number));

        var summary = await portal.ConfirmAsync(confirmation);

        Assert.Equal($"La facture n° {number} est validée, elle est en cours de transmission au service concerné.", summary.QuerySelector("#recapitulatif-depot p")!.TextContent.Trim());
        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        Assert.Equal(DepositMode.PortailXml, invoice.DepositMode);
        Assert.Equal(("TECHNIQUE", "EJ-77", 1200m, 1000m), (invoice.RecipientService!.Code, invoice.EngagementNumber, invoice.TotalIncludingVat, invoice.TotalExcludingVat));
        Assert.Equal([InvoiceFileKind.Original, InvoiceFileKind.Rendering], invoice.Files.Select(f => f.Kind).Order());
        Assert.EndsWith($"/factures-emises/{invoice.Id}", portal.CurrentUrl!.AbsolutePath, StringComparison.Ordinal);
        Assert.Null(summary.QuerySelector("#avertissement"));
    }

    [Fact]
    public async Task Deposit_WithCharactersNoFontHas_IsSentAndTheSupplierIsToldThePdfVisualisationReplacedThem()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("OLCHIKI");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.UblInAScriptNoFontHas(number, _w.SupplierSiret, _w.RecipientSiret));
        var summary = await portal.ConfirmAsync(await portal.FormAsync(form, "valider"));

        var warning = summary.QuerySelector("#avertissement")!.TextContent;
        Assert.Contains($"La visualisation PDF de la facture n° {number} ne peut pas tout afficher", warning, StringComparison.Ordinal);
        Assert.Contains("ᱚ (U+1C5A)", warning, StringComparison.Ordinal);
        Assert.Contains("Le fichier déposé, qui fait foi, les contient tels quels.", warning, StringComparison.Ordinal);
        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        Assert.Equal([InvoiceFileKind.Original, InvoiceFileKind.Rendering], invoice.Files.Select(f => f.Kind).Order());
    }

    [Fact]
    public async Task Deposit_Cii_IsReadAndSent()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("CII");

        var form = await portal.UploadAsync("facture-cii.xml", EmisesSamples.Cii(number, _w.RecipientSiret));
        var confirmation = await portal.FormAsync(form, "valider");
        await portal.ConfirmAsync(confirmation);

        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal((InvoiceStatus.MiseADisposition, _w.Recipient), (invoice.Status, invoice.RecipientStructureId!.Value));
    }

    [Fact]
    public async Task Deposit_UblBreakingEn16931_ListsTheFrenchViolationAndCannotBeSentNorSaved()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("BAD");

        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret, payable: "1300.00"));

        var violations = form.QuerySelector("#violations")!.TextContent;
        Assert.Contains("BR-CO-16", violations);
        Assert.Contains("Le net à payer (BT-115) doit valoir le total TTC", violations);
        var refused = await portal.FormAsync(form, "valider");
        Assert.Contains("BR-CO-16", refused.Errors());
        Assert.Null(refused.QuerySelector("#confirmer-envoi"));
        var notSaved = await portal.FormAsync(form, "enregistrer");
        Assert.Contains("BR-CO-16", notSaved.Errors());
        Assert.Null(await _w.InvoiceAsync(app, number));
    }

    [Fact]
    public async Task Deposit_UblOfAnotherSeller_IsRefusedAndNeitherSentNorSaved()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("AUTRE");
        var otherSeller = TestStructures.NewSiret();

        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, otherSeller, _w.RecipientSiret));
        var refused = await portal.FormAsync(form, "valider");
        var notSaved = await portal.FormAsync(form, "enregistrer");

        Assert.Contains($"Le vendeur de cette facture a le SIRET {otherSeller}, qui n'est pas celui de", refused.Errors());
        Assert.Null(refused.QuerySelector("#confirmer-envoi"));
        Assert.Contains($"SIRET {otherSeller}", notSaved.Errors());
        Assert.Null(await _w.InvoiceAsync(app, number));
    }

    [Theory]
    [InlineData("commande.txt", "Ce fichier n'est pas une facture reconnue")]
    [InlineData("facture.xml", "n'est pas bien formé")]
    public async Task Deposit_UnreadableFile_IsRefusedOnTheFirstStep(string fileName, string message)
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);

        var page = await portal.UploadAsync(fileName, System.Text.Encoding.UTF8.GetBytes(fileName.EndsWith(".xml", StringComparison.Ordinal) ? "<Invoice><cbc:ID>" : "bonjour"));

        Assert.Contains(message, page.Errors());
        Assert.NotNull(page.QuerySelector("#depot-fichier"));
    }

    [Fact]
    public async Task Deposit_PlainPdf_PrefillsFromItsTextThenSendsTheTypedData()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("PDF");
        var pdf = EmisesSamples.Pdf("Fournitures Test", $"SIRET fournisseur : {_w.SupplierSiret}", $"SIRET client : {_w.RecipientSiret}",
            $"Facture n° {number}", "Date : 18/11/2026", "Bon de commande : BC-2026-15", "Total HT : 1 000,00", "TVA 20 % : 200,00", "Total TTC : 1 200,00");

        var form = await portal.UploadAsync("facture.pdf", pdf);

        Assert.Equal(number, form.Value("Form.Number"));
        Assert.Equal("2026-11-18", form.Value("Form.IssueDate"));
        Assert.Equal(_w.RecipientSiret, form.Value("Form.RecipientSiret"));
        Assert.Equal("BC-2026-15", form.Value("Form.EngagementNumber"));
        Assert.Equal(("1000,00", "200,00", "1200,00", "1200,00"),
            (form.Value("Form.TotalExcludingVat"), form.Value("Form.TotalVat"), form.Value("Form.TotalIncludingVat"), form.Value("Form.AmountDue")));

        var confirmation = await portal.FormAsync(form, "valider", new() { ["Form.ServiceCode"] = "TECHNIQUE", ["Form.AmountDue"] = "1 150,50" });
        await portal.ConfirmAsync(confirmation);

        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal((DepositMode.PortailPdf, 1150.50m, new DateOnly(2026, 11, 18)), (invoice.DepositMode, invoice.AmountDue, invoice.IssueDate));
        Assert.Equal([InvoiceFileKind.Original], invoice.Files.Select(f => f.Kind));
    }

    [Fact]
    public async Task Deposit_PdfWithMissingDataAndBrokenRoutingRules_ShowsEachFrenchMessageNextToItsFieldAndWritesNothing()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var form = await portal.UploadAsync("scan.pdf", EmisesSamples.Pdf("Scan illisible"));
        var before = await app.CountAsync<Invoice>();

        var refused = await portal.FormAsync(form, "valider", new()
        {
            ["Form.Number"] = "F 12",
            ["Form.RecipientSiret"] = _w.RecipientSiret,
            ["Form.ServiceCode"] = "FINANCES",
            ["Form.TotalExcludingVat"] = "abc",
        });

        var errors = refused.Errors();
        Assert.Contains("Le numéro de facture ne peut contenir que", errors);
        Assert.Contains("Indiquez la date de la facture", errors);
        Assert.Contains("Indiquez le montant hors taxes", errors);
        Assert.Contains("Le service FINANCES de ce destinataire exige un numéro d'engagement.", errors);
        Assert.Contains("exige un numéro d'engagement", refused.QuerySelector("#Form_EngagementNumber-messages")!.TextContent);
        Assert.Equal("F 12", refused.Value("Form.Number"));
        Assert.Equal(before, await app.CountAsync<Invoice>());
    }

    [Fact]
    public async Task Deposit_UnknownRecipientOrMissingService_IsRefusedWithInvoiceRoutingsMessages()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(_w.Number("RT"), _w.SupplierSiret, _w.RecipientSiret, buyerReference: null));

        var noService = await portal.FormAsync(form, "valider");
        var unknown = await portal.FormAsync(form, "valider", new() { ["Form.RecipientSiret"] = TestStructures.NewSiret(), ["Form.ServiceCode"] = "TECHNIQUE" });

        Assert.Contains("Ce destinataire exige un code service : indiquez-le.", noService.QuerySelector("#Form_ServiceCode-messages")!.TextContent);
        Assert.Contains("Aucune structure publique n'a le SIRET", unknown.QuerySelector("#Form_RecipientSiret-messages")!.TextContent);
    }

    [Fact]
    public async Task Deposit_SubcontractorFrame_NeedsTheValidatorsSiretAndWaitsForIt()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var titulaire = await app.CreateUserAsync($"titulaire-{_w.Suffix}@example.org");
        var titulaireSiret = TestStructures.NewSiret();
        await app.CreateStructureAsync(titulaire, $"Titulaire {_w.Suffix}", siret: titulaireSiret);
        var number = _w.Number("A9");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));

        var missing = await portal.FormAsync(form, "valider", new() { ["Form.Frame"] = "A9" });
        Assert.Contains("Indiquez le SIRET du titulaire du marché", missing.Errors());
        var confirmation = await portal.FormAsync(form, "valider", new() { ["Form.Frame"] = "A9", ["Form.ValidatorSiret"] = titulaireSiret });
        Assert.Contains($"Titulaire {_w.Suffix}", confirmation.MainText());
        await portal.ConfirmAsync(confirmation);

        var invoice = (await _w.InvoiceAsync(app, number))!;
        Assert.Equal((InvoiceFrame.A9, InvoiceStatus.AValider1), (invoice.Frame, invoice.Status));
    }

    [Fact]
    public async Task Deposit_SameNumberAgain_IsRefusedWithChorusProsMessage()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("DUP");
        await app.SendInvoiceAsync(_w.SupplierUser, _w.Supplier, _w.RecipientSiret, number);

        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));
        var refused = await portal.FormAsync(form, "valider");

        Assert.Contains(InvoiceNumbers.Duplicate, refused.Errors());
        Assert.Equal(1, await app.WithDbAsync(db => db.Invoices.CountAsync(i => i.Number == number)));
    }

    [Fact]
    public async Task Recipient_Endpoint_GivesNameAndRequirements()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);

        var response = await portal.Http.GetStringAsync(new Uri($"{DepositSteps.Depot}?handler=Destinataire&siret={_w.RecipientSiret}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"\"name\":\"Mairie {_w.Suffix}\"", response);
        Assert.Contains("\"serviceRequired\":true", response);
        Assert.Contains("\"servicesRequiringEngagement\":[\"FINANCES\"]", response);
    }

    [Fact]
    public async Task Deposit_UserOfTwoStructuresChoosingNone_IsAskedToChooseAndNothingIsRead()
    {
        var second = await app.CreateStructureAsync(_w.SupplierUser, $"Seconde {_w.Suffix}");
        await app.GrantAsync(second, _w.SupplierUser, OpenChorus.Web.Features.Structures.Space.FacturesEmises);
        using var portal = await app.SignInAsync(_w.SupplierUser);

        var page = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(_w.Number("ST"), _w.SupplierSiret, _w.RecipientSiret), structureId: 0);
        var chosen = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(_w.Number("ST"), _w.SupplierSiret, _w.RecipientSiret), structureId: second);

        Assert.Contains("Choisissez la structure émettrice de la facture.", page.Errors());
        Assert.Contains($"Seconde {_w.Suffix}", chosen.MainText());
        Assert.NotNull(chosen.QuerySelector("#depot-formulaire"));
    }
}
