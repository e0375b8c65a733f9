using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>consulterCR's fichierCR: once the flux is processed, a PDF compte rendu in French whose text says the flux,
/// its state, how many invoices were integrated and rejected, and every error of each rejected invoice.</summary>
public sealed class CompteRenduPdfTests(TestApp app) : SupplierErpTests(app)
{
    private const string Report = "/cpro/transverses/v1/consulterCR";

    [Fact]
    public async Task PartlyIntegratedLot_HasNoFileUntilProcessed_ThenAReadablePdfWithTheCountsAndEachInvoicesErrors()
    {
        var lot = FluxSteps.TarGz(
            ("ubl_chorus_facture_1.xml", EmisesSamples.Ubl(W.Number("CR1"), W.SupplierSiret, W.RecipientSiret)),
            ("ubl_chorus_facture_2.xml", EmisesSamples.Ubl(W.Number("CR2"), W.SupplierSiret, W.RecipientSiret)),
            ("ubl_chorus_facture_3.xml", EmisesSamples.Ubl(W.Number("CR3"), W.SupplierSiret, W.RecipientSiret, payable: "999.00")),
            ("ubl_chorus_facture_4.xml", EmisesSamples.Ubl(W.Number("CR4"), W.SupplierSiret, W.RecipientSiret, buyerReference: "FINANCES")));
        var (_, deposit) = await Erp.CallAsync("/cpro/factures/v1/deposer/flux",
            new { fichierFlux = Convert.ToBase64String(lot), nomFichier = "ubl_chorus_lot_factures.tar.gz", syntaxeFlux = "IN_DP_E1_UBL_INVOICE" });
        var flux = deposit.GetProperty("numeroFluxDepot").GetString()!;
        var (_, received) = await Erp.CallAsync(Report, new { numeroFluxDepot = flux });
        Assert.Equal("IN_RECU", received.GetProperty("etatCourantFlux").GetString());
        Assert.False(received.TryGetProperty("fichierCR", out _));

        await App.ProcessFluxAsync();

        var (status, report) = await Erp.CallAsync(Report, new { numeroFluxDepot = flux });
        Assert.Equal((200, "IN_INTEGRE_PARTIEL"), (status, report.GetProperty("etatCourantFlux").GetString()));
        var text = TextOf(Convert.FromBase64String(report.GetProperty("fichierCR").GetString()!));
        foreach (var expected in new[]
                 {
                     $"Compte rendu du flux {flux}", $"Numéro de flux {flux}", "Fichier déposé ubl_chorus_lot_factures.tar.gz",
                     "Syntaxe du flux IN_DP_E1_UBL_INVOICE (interface FSO1100A)", "État du flux IN_INTEGRE_PARTIEL",
                     "Date de dépôt 26/11/2026 10:00:00", "Factures intégrées 2", "Factures rejetées 2",
                     $"Facture n° {W.Number("CR3")} — fournisseur {W.SupplierSiret} — destinataire {W.RecipientSiret}",
                     $"Facture n° {W.Number("CR4")}", "Le service FINANCES de ce destinataire exige un numéro d'engagement.",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var (_, detailed) = await Erp.CallAsync("/cpro/transverses/v1/consulterCRDetaille", new { numeroFluxDepot = flux });
        var errors = detailed.GetProperty("listeErreurDP").EnumerateArray().Select(e => e.GetProperty("libelleErreurDP").GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("BR-CO-16", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains(Words(e), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RejectedFlux_ReportsTheFileErrorAndNoInvoice()
    {
        var flux = await App.DepositOkAsync(W, "facture.xml", "<Invoice><cbc:ID>"u8.ToArray());

        await App.ProcessFluxAsync();

        var (_, report) = await Erp.CallAsync(Report, new { numeroFluxDepot = flux });
        var text = TextOf(Convert.FromBase64String(report.GetProperty("fichierCR").GetString()!));
        var error = Assert.Single((await App.ReportAsync(W.SupplierUser, flux)).TechnicalErrors);
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
