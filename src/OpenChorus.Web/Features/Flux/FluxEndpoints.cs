using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Flux;

/// <summary>
/// The flux operations of the Chorus Pro API: <c>POST /cpro/factures/v1/deposer/flux</c> (accepted at once, integrated
/// by <see cref="FluxProcessor"/>), <c>POST /cpro/transverses/v1/consulterCR</c> and <c>consulterCRDetaille</c> (the
/// state and, in the detailed one, the errors per invoice and per file).
/// </summary>
public static class FluxEndpoints
{
    public static RouteGroupBuilder MapFluxDeposit(this RouteGroupBuilder factures)
    {
        factures.MapCproPost<DeposerFluxRequest, DeposerFluxResponse>("deposer/flux", async (request, caller, http, ct) =>
        {
            var content = Decode(request.FichierFlux);
            if (content is null)
            {
                return CproResults.Invalid(20002, "GDP_MSG_11.020 Le fichier du flux (fichierFlux) est absent ou n'est pas encodé en base64.");
            }

            var accepted = await http.RequestServices.GetRequiredService<FluxDeposits>().AcceptAsync(
                caller.UserId, caller.StructureId, request.NomFichier ?? "", content, request.SyntaxeFlux ?? "", request.AvecSignature ?? false, ct);
            return accepted.Refusal switch
            {
                null => CproResults.Ok(new DeposerFluxResponse
                {
                    NumeroFluxDepot = accepted.Number,
                    DateDepot = CproDates.Date(accepted.DepositedAtUtc!.Value),
                    SyntaxeFlux = accepted.Syntax,
                }),
                { Kind: FluxRefusalKind.Denied } refusal => CproResults.Forbidden($"GDP_MSG_11.005 {refusal.Message}"),
                { Kind: FluxRefusalKind.TooLarge } refusal => CproResults.Error(StatusCodes.Status413PayloadTooLarge, 20001, $"GDP_MSG_11.022 {refusal.Message}"),
                { Kind: FluxRefusalKind.MissingFile } refusal => CproResults.Invalid(20002, $"GDP_MSG_11.020 {refusal.Message}"),
                var refusal => CproResults.Invalid(20003, $"GDP_MSG_11.021 {refusal.Message}"),
            };
        });
        return factures;
    }

    public static RouteGroupBuilder MapFluxReports(this RouteGroupBuilder transverses)
    {
        transverses.MapCproPost<ConsulterCrRequest, ConsulterCrResponse>("consulterCR", async (request, caller, http, ct) =>
        {
            var (refusal, report) = await FindAsync(request, caller.UserId, http, ct);
            return refusal ?? CproResults.Ok(new ConsulterCrResponse
            {
                NumeroFluxDepot = report!.Number,
                CodeAppliPartenaire = report.DepositorIdentifier,
                CodeInterfaceFlux = report.InterfaceName,
                DesignationPartenaire = report.DepositorName,
                DateDepotFlux = CproDates.Offset(report.ReceivedAtUtc),
                DateHeureEtatCourantFlux = CproDates.Offset(report.StateChangedAtUtc),
                EtatCourantFlux = report.StateCode,
                NomFichierFlux = report.FileName,
                FichierCR = report.IsFinal ? Convert.ToBase64String(Api.Transverses.CompteRenduPdf.Render(
                    report, await http.RequestServices.GetRequiredService<FluxReports>().IntegratedCountAsync(report, ct))) : null,
            });
        });
        transverses.MapCproPost<ConsulterCrRequest, ConsulterCrDetailleResponse>("consulterCRDetaille", async (request, caller, http, ct) =>
        {
            var (refusal, report) = await FindAsync(request, caller.UserId, http, ct);
            return refusal ?? CproResults.Ok(new ConsulterCrDetailleResponse
            {
                CodeInterfaceDepotFlux = report!.InterfaceName,
                DateDepotFlux = CproDates.Offset(report.ReceivedAtUtc),
                DateHeureEtatCourantFlux = CproDates.Offset(report.StateChangedAtUtc),
                EtatCourantDepotFlux = report.StateCode,
                NomFichier = report.ReportFileName,
                ListeErreurDP = report.InvoiceErrors
                    .Select(e => new ErreurDemandePaiement(e.SupplierIdentifier, e.RecipientIdentifier, e.InvoiceNumber, e.Message)).ToList(),
                ListeErreurTechnique = report.TechnicalErrors.Select(e => new ErreurTechnique(e.Code, e.Message, e.Nature)).ToList(),
            });
        });
        return transverses;
    }

    private static async Task<(IResult? Refusal, FluxReport? Report)> FindAsync(ConsulterCrRequest request, Guid userId, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.NumeroFluxDepot))
        {
            return (CproResults.Invalid(20002, "GDP_MSG_11.020 Indiquez le numéro du flux (numeroFluxDepot) que deposer/flux a donné."), null);
        }

        var (lookup, report) = await http.RequestServices.GetRequiredService<FluxReports>().FindAsync(userId, request.NumeroFluxDepot, ct);
        return lookup switch
        {
            FluxLookup.Found => (null, report),
            FluxLookup.Forbidden => (CproResults.Forbidden($"GDP_MSG_11.005 Le flux {request.NumeroFluxDepot.Trim()} a été déposé par une structure pour laquelle ce compte technique n'a pas de droits."), null),
            _ => (CproResults.NotFound($"GDP_MSG_11.008 Aucun flux n'a le numéro {Shorten(request.NumeroFluxDepot.Trim())}."), null),
        };
    }

    private static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
