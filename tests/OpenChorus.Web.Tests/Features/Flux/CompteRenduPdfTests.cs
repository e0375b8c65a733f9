using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>consulterCR's fichierCR: once the flux is processed, a PDF compte rendu in French whose text says the flux,
/// its state, how many invoices were integrated and rejected, and every error of each rejected invoice.</summary>
public sealed class CompteRenduPdfTests : IClassFixture<TestApp>, IAsyncLifetime
{
    private const string Report = "/cpro/transverses/v1/consulterCR";
    private readonly TestApp _app;
    private EmisesWorld _w = null!;
    private CproClient _erp = null!;

    public CompteRenduPdfTests(TestApp app)
    {
        _app = app;
        app.DriveProcessorsByHand();
    }

    public async ValueTask InitializeAsync()
    {
        _w = await EmisesWorld.CreateAsync(_app);
        _erp = await CproClient.CreateAsync(_app, _w.Supplier, Space.FacturesEmises);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task PartlyIntegratedLot_HasNoFileUntilProcessed_ThenAReadablePdfWithTheCountsAndEachInvoicesErrors()
    {
        var lot = FluxSteps.TarGz(
            ("ubl_chorus_facture_1.xml", EmisesSamples.Ubl(_w.Number("CR1"), _w.SupplierSiret, _w.RecipientSiret)),
            ("ubl_chorus_facture_2.xml", EmisesSamples.Ubl(_w.Number("CR2"), _w.SupplierSiret, _w.RecipientSiret)),
            ("ubl_chorus_facture_3.xml", EmisesSamples.Ubl(_w.Number("CR3"), _w.SupplierSiret, _w.RecipientSiret, payable: "999.00")),
            ("ubl_chorus_facture_4.xml", EmisesSamples.Ubl(_w.Number("CR4"), _w.SupplierSiret, _w.RecipientSiret, buyerReference: "FINANCES")));
        var (_, deposit) = await _erp.CallAsync("/cpro/factures/v1/deposer/flux",
            new { fichierFlux = Convert.ToBase64String(lot), nomFichier = "ubl_chorus_lot_factures.tar.gz", syntaxeFlux = "IN_DP_E1_UBL_INVOICE" });
        var flux = deposit.GetProperty("numeroFluxDepot").GetString()!;
        var (_, received) = await _erp.CallAsync(Report, new { numeroFluxDepot = flux });
        Assert.Equal("IN_RECU", received.GetProperty("etatCourantFlux").GetString());
        Assert.False(received.TryGetProperty("fichierCR", out _));

        await _app.ProcessFluxAsync();

        var (status, report) = await _erp.CallAsync(Report, new { numeroFluxDepot = flux });
        Assert.Equal((200, "IN_INTEGRE_PARTIEL"), (status, report.GetProperty("etatCourantFlux").GetString()));
        var text = TextOf(Convert.FromBase64String(report.GetProperty("fichierCR").GetString()!));
        foreach (var expected in new[]
                 {
                     $"Compte rendu du flux {flux}", $"Numéro de flux {flux}", "Fichier déposé ubl_chorus_lot_factures.tar.gz",
                     "Syntaxe du flux IN_DP_E1_UBL_INVOICE (interface FSO1100A)", "État du flux IN_INTEGRE_PARTIEL",
                     "Date de dépôt 26/11/2026 10:00:00", "Factures intégrées 2", "Factures rejetées 2",
                     $"Facture n° {_w.Number("CR3")} — fournisseur {_w.SupplierSiret} — destinataire {_w.RecipientSiret}",
                     $"Facture n° {_w.Number("CR4")}", "Le service FINANCES de ce destinataire exige un numéro d'engagement.",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var (_, detailed) = await _erp.CallAsync("/cpro/transverses/v1/consulterCRDetaille", new { numeroFluxDepot = flux });
        var errors = detailed.GetProperty("listeErreurDP").EnumerateArray().Select(e => e.GetProperty("libelleErreurDP").GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("BR-CO-16", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains(Words(e), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RejectedFlux_ReportsTheFileErrorAndNoInvoice()
    {
        var flux = await _app.DepositOkAsync(_w, "facture.xml", "<Invoice><cbc:ID>"u8.ToArray());

        await _app.ProcessFluxAsync();

        var (_, report) = await _erp.CallAsync(Report, new { numeroFluxDepot = flux });
        var text = TextOf(Convert.FromBase64String(report.GetProperty("fichierCR").GetString()!));
        var error = Assert.Single((await _app.ReportAsync(_w.SupplierUser, flux)).TechnicalErrors);
        foreach (var expected in new[] { "État du flux IN_REJETE", "Factures intégrées 0", "Factures rejetées 0", "Erreurs sur le fichier", "FICHIER_ILLISIBLE (BLOQUANTE)", Words(error.Message) })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    /// <summary>The words of every page separated by spaces, as a reader extracts them with PdfPig.</summary>
    private static string TextOf(byte[] pdf)
    {
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8));
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static string Words(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
