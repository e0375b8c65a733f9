using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>deposerFluxFacture then the processor: a flux answers its number at once and ends IN_INTEGRE,
/// IN_INTEGRE_PARTIEL or IN_REJETE with its errors; its good invoices reach the recipient like the portal's.</summary>
public sealed class FluxDepositTests : IClassFixture<TestApp>, IAsyncLifetime
{
    private readonly TestApp _app;
    private EmisesWorld _w = null!;

    public FluxDepositTests(TestApp app)
    {
        _app = app;
        app.DriveProcessorsByHand();
    }

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(_app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task UblFlux_IsIntegrated_AndTheRecipientReceivesTheInvoice()
    {
        var number = _w.Number("FX1");
        var flux = await _app.DepositOkAsync(_w, "facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));

        Assert.Matches("^CPP0011100[0-9]{15}$", flux);
        Assert.Equal("IN_RECU", (await _app.ReportAsync(_w.SupplierUser, flux)).StateCode);
        await _app.ProcessFluxAsync();

        var report = await _app.ReportAsync(_w.SupplierUser, flux);
        Assert.Equal("IN_INTEGRE", report.StateCode);
        Assert.Equal($"FSO1100A_CPP001_{flux}", report.ReportFileName);
        Assert.Empty(report.InvoiceErrors);
        var invoice = Assert.Single(await _app.InvoicesOfFluxAsync(flux));
        Assert.Equal((number, InvoiceStatus.MiseADisposition, DepositMode.EdiXmlStruct), (invoice.Number, invoice.Status, invoice.DepositMode));
        Assert.Equal(_w.Recipient, invoice.RecipientStructureId);
        var received = await (await _app.SignInAsync(_w.RecipientAgent)).GetAsync("/factures-recues/recherche");
        Assert.Contains(number, received.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CiiAndFacturXFlux_AreIntegrated()
    {
        var cii = await _app.DepositOkAsync(_w, "facture-cii.xml", EmisesSamples.Cii(_w.Number("FXC"), _w.RecipientSiret), FluxSteps.Cii);
        var facturX = await _app.DepositOkAsync(_w, "facture.pdf", FluxSteps.FacturXPdf(_w.Number("FXP"), _w.RecipientSiret), FluxSteps.FacturX);

        await _app.ProcessFluxAsync();

        Assert.StartsWith("CPP0011106", cii, StringComparison.Ordinal);
        Assert.StartsWith("CPP0011117", facturX, StringComparison.Ordinal);
        Assert.Equal("IN_INTEGRE", (await _app.ReportAsync(_w.SupplierUser, cii)).StateCode);
        Assert.Equal("IN_INTEGRE", (await _app.ReportAsync(_w.SupplierUser, facturX)).StateCode);
        Assert.Equal(DepositMode.EdiXmlStruct, Assert.Single(await _app.InvoicesOfFluxAsync(cii)).DepositMode);
        var pdf = Assert.Single(await _app.InvoicesOfFluxAsync(facturX));
        Assert.Equal((_w.Number("FXP"), InvoiceStatus.MiseADisposition, DepositMode.EdiMixte), (pdf.Number, pdf.Status, pdf.DepositMode));
    }

    [Fact]
    public async Task Lot_WithGoodAndBadInvoices_IsPartlyIntegrated_WithTheBadOnesErrors()
    {
        var lot = FluxSteps.TarGz(
            ("ubl_chorus_facture_1.xml", EmisesSamples.Ubl(_w.Number("FL1"), _w.SupplierSiret, _w.RecipientSiret)),
            ("ubl_chorus_facture_2.xml", EmisesSamples.Ubl(_w.Number("FL2"), _w.SupplierSiret, _w.RecipientSiret)),
            ("ubl_chorus_facture_3.xml", EmisesSamples.Ubl(_w.Number("FL3"), _w.SupplierSiret, _w.RecipientSiret, payable: "999.00")),
            ("ubl_chorus_facture_4.xml", EmisesSamples.Ubl(_w.Number("FL4"), _w.SupplierSiret, _w.RecipientSiret, buyerReference: "FINANCES")),
            ("ubl_chorus_facture_5.xml", EmisesSamples.Ubl(_w.Number("FL1"), _w.SupplierSiret, _w.RecipientSiret)));
        var flux = await _app.DepositOkAsync(_w, "ubl_chorus_lot_factures.tar.gz", lot);

        await _app.ProcessFluxAsync();

        var report = await _app.ReportAsync(_w.SupplierUser, flux);
        Assert.Equal("IN_INTEGRE_PARTIEL", report.StateCode);
        Assert.Equal([_w.Number("FL1"), _w.Number("FL2")], (await _app.InvoicesOfFluxAsync(flux)).Select(i => i.Number));
        var errors = report.InvoiceErrors.Select(e => (e.InvoiceNumber, e.Message)).ToList();
        Assert.Contains(errors, e => e.InvoiceNumber == _w.Number("FL3") && e.Message.StartsWith("BR-CO-16", StringComparison.Ordinal));
        Assert.Contains((_w.Number("FL4"), "Le service FINANCES de ce destinataire exige un numéro d'engagement."), errors);
        Assert.Contains((_w.Number("FL1"), InvoiceNumbers.Duplicate), errors);
        Assert.All(report.InvoiceErrors, e => Assert.Equal((_w.SupplierSiret, _w.RecipientSiret), (e.SupplierIdentifier, e.RecipientIdentifier)));
    }

    [Fact]
    public async Task TwoFluxWithTheSameInvoiceNumber_TheSecondIsRejectedAsADuplicate()
    {
        var number = _w.Number("FXT");
        var first = await _app.DepositOkAsync(_w, "a.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));
        var second = await _app.DepositOkAsync(_w, "b.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret, buyerReference: "TECHNIQUE "));

        // Both are claimed in one batch, by one worker or two: the unique number lets one save win, and the other
        // flux, integrated again on its own, reports the duplicate.
        await _app.ProcessFluxAsync();

        var reports = new[] { await _app.ReportAsync(_w.SupplierUser, first), await _app.ReportAsync(_w.SupplierUser, second) };
        Assert.Equal(["IN_INTEGRE", "IN_REJETE"], reports.Select(r => r.StateCode).Order(StringComparer.Ordinal));
        var rejected = reports.Single(r => r.StateCode == "IN_REJETE");
        Assert.Equal((number, InvoiceNumbers.Duplicate), (rejected.InvoiceErrors[0].InvoiceNumber, rejected.InvoiceErrors[0].Message));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Invoices.CountAsync(i => i.SupplierStructureId == _w.Supplier && i.Number == number)));
    }

    [Fact]
    public async Task UnreadableFile_AndWrongSyntax_AreRejected_WithoutInvoices()
    {
        var unreadable = await _app.DepositOkAsync(_w, "facture.xml", "<Invoice><cbc:ID>"u8.ToArray());
        var wrongSyntax = await _app.DepositOkAsync(_w, "facture.xml", EmisesSamples.Ubl(_w.Number("FXW"), _w.SupplierSiret, _w.RecipientSiret), FluxSteps.Cii);
        var damagedLot = await _app.DepositOkAsync(_w, "lot.zip", EmisesSamples.Zip(("f.xml", EmisesSamples.Ubl(_w.Number("FXZ"), _w.SupplierSiret, _w.RecipientSiret)))[..40]);

        await _app.ProcessFluxAsync();

        foreach (var (flux, code, words) in new[]
                 {
                     (unreadable, "FICHIER_ILLISIBLE", "pas bien formé"),
                     (wrongSyntax, "SYNTAXE_INCOHERENTE", "IN_DP_E1_CII_16B"),
                     (damagedLot, "LOT_ILLISIBLE", "endommagée"),
                 })
        {
            var report = await _app.ReportAsync(_w.SupplierUser, flux);
            Assert.Equal("IN_REJETE", report.StateCode);
            var error = Assert.Single(report.TechnicalErrors);
            Assert.Equal((code, "BLOQUANTE"), (error.Code, error.Nature));
            Assert.Contains(words, error.Message, StringComparison.Ordinal);
            Assert.Empty(await _app.InvoicesOfFluxAsync(flux));
        }
    }

    [Fact]
    public async Task AllInvoicesRefused_RejectsTheFlux_WithTheirErrors()
    {
        var flux = await _app.DepositOkAsync(_w, "facture.xml", EmisesSamples.Ubl(_w.Number("FXR"), _w.SupplierSiret, _w.RecipientSiret, buyerReference: null));

        await _app.ProcessFluxAsync();

        var report = await _app.ReportAsync(_w.SupplierUser, flux);
        Assert.Equal("IN_REJETE", report.StateCode);
        Assert.Equal((_w.Number("FXR"), "Ce destinataire exige un code service : indiquez-le."), (report.InvoiceErrors[0].InvoiceNumber, report.InvoiceErrors[0].Message));
    }

    [Fact]
    public async Task Deposit_IsRefused_WithoutModificationRights_OrWithASyntaxOpenChorusDoesNotTake()
    {
        var reader = await _app.CreateUserAsync($"lecteur-{_w.Suffix}@example.org");
        await _app.GrantAsync(_w.Supplier, reader, Space.FacturesEmises, AccessMode.Consultation);
        var stranger = await _app.CreateUserAsync($"autre-{_w.Suffix}@example.org");
        var ubl = EmisesSamples.Ubl(_w.Number("FXD"), _w.SupplierSiret, _w.RecipientSiret);
        var before = await _app.WithDbAsync(db => db.FluxDepots.CountAsync());

        Assert.Equal(FluxRefusalKind.Denied, (await _app.DepositAsync(reader, _w.Supplier, "f.xml", ubl, FluxSteps.Ubl)).Refusal?.Kind);
        Assert.Equal(FluxRefusalKind.Denied, (await _app.DepositAsync(stranger, _w.Supplier, "f.xml", ubl, FluxSteps.Ubl)).Refusal?.Kind);
        var pes = await _app.DepositAsync(_w.SupplierUser, _w.Supplier, "f.xml", ubl, "IN_DP_E1_PES_FACTURE");
        Assert.Equal(FluxRefusalKind.UnsupportedSyntax, pes.Refusal?.Kind);
        Assert.Contains("PES", pes.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(FluxRefusalKind.UnknownSyntax, (await _app.DepositAsync(_w.SupplierUser, _w.Supplier, "f.xml", ubl, "UBL")).Refusal?.Kind);
        Assert.Equal(FluxRefusalKind.TooLarge,
            (await _app.DepositAsync(_w.SupplierUser, _w.Supplier, "f.xml", new byte[FluxDepot.MaxBytes + 1], FluxSteps.Ubl)).Refusal?.Kind);
        Assert.Equal(before, await _app.WithDbAsync(db => db.FluxDepots.CountAsync()));
    }

    [Fact]
    public async Task Report_IsOnlyForUsersOfTheFluxStructure()
    {
        var flux = await _app.DepositOkAsync(_w, "facture.xml", EmisesSamples.Ubl(_w.Number("FXV"), _w.SupplierSiret, _w.RecipientSiret));
        await using var scope = _app.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<FluxReports>();

        Assert.Equal(FluxLookup.Forbidden, (await reports.FindAsync(_w.RecipientAgent, flux, CancellationToken.None)).Lookup);
        Assert.Equal(FluxLookup.Unknown, (await reports.FindAsync(_w.SupplierUser, flux[..^1] + (flux[^1] == '9' ? "8" : "9"), CancellationToken.None)).Lookup);
        Assert.Equal(FluxLookup.Unknown, (await reports.FindAsync(_w.SupplierUser, "CPP0011106" + flux[10..], CancellationToken.None)).Lookup);
        Assert.Equal(FluxLookup.Unknown, (await reports.FindAsync(_w.SupplierUser, "n'importe quoi", CancellationToken.None)).Lookup);
    }
}
