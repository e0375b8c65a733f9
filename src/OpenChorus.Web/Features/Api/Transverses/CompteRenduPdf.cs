using OpenChorus.Pdf.Rendering;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Shared;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>
/// <c>fichierCR</c> of consulterCR: the compte rendu of a processed flux as a PDF, in French — the flux, its file,
/// the depositor, the syntax, the state, how many invoices were integrated and rejected, then the errors of each
/// rejected invoice (listeErreurDP) and of the file (listeErreurTechnique). It exists once the flux reached its final
/// state; before that consulterCR answers no file.
/// </summary>
public static class CompteRenduPdf
{
    public static byte[] Render(FluxReport report, int integrated)
    {
        var rejected = report.InvoiceErrors.GroupBy(e => (e.InvoiceNumber, e.SupplierIdentifier, e.RecipientIdentifier)).ToList();
        var sections = new List<ReportSection>();
        if (rejected.Count > 0)
        {
            sections.Add(new ReportSection("Factures rejetées", rejected.Select(invoice => new ReportItem(
                $"Facture n° {invoice.Key.InvoiceNumber}"
                + (invoice.Key.SupplierIdentifier is { Length: > 0 } supplier ? $" — fournisseur {supplier}" : "")
                + (invoice.Key.RecipientIdentifier is { Length: > 0 } recipient ? $" — destinataire {recipient}" : ""),
                invoice.Select(e => e.Message).ToList())).ToList()));
        }

        if (report.TechnicalErrors.Count > 0)
        {
            sections.Add(new ReportSection("Erreurs sur le fichier", report.TechnicalErrors
                .Select(e => new ReportItem($"{e.Code} ({e.Nature})", [e.Message])).ToList()));
        }

        if (sections.Count == 0)
        {
            sections.Add(new ReportSection("Anomalies", [new ReportItem("Aucune anomalie : toutes les factures du flux ont été intégrées.", [])]));
        }

        return ReportRenderer.Render(new Report(
            $"Compte rendu du flux {report.Number}",
            [
                ("Numéro de flux", report.Number),
                ("Fichier déposé", report.FileName),
                ("Déposant", $"{report.DepositorName} ({report.DepositorIdentifier})"),
                ("Date de dépôt", report.ReceivedAtUtc.Display()),
                ("Syntaxe du flux", $"{report.Syntax} (interface {report.InterfaceName})"),
                ("État du flux", $"{report.StateCode} — {Label(report.State)}"),
                ("Date de l'état", report.StateChangedAtUtc.Display()),
                ("Factures intégrées", integrated.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Factures rejetées", rejected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            sections,
            $"OpenChorus — compte rendu {report.ReportFileName} — heures de Paris"));
    }

    private static string Label(FluxState state) => state switch
    {
        FluxState.Integre => "intégré : toutes les factures ont été créées",
        FluxState.IntegrePartiel => "intégré partiellement : les factures sans erreur ont été créées",
        FluxState.Rejete => "rejeté : aucune facture n'a été créée",
        FluxState.EnCoursTraitement => "en cours de traitement",
        _ => "reçu, en attente de traitement",
    };
}
