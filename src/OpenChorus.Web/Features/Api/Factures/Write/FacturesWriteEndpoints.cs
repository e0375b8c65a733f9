using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>The operations that change invoices (README §4.1): deposit (soumettre, deposer/pdf, ajouter/fichier), the
/// supplier's follow-up (completer, recycler, traiterRejet, corriger/valideur/facture) and processing by the recipient
/// (traiter/recue) and the validator (traiter/factureAValider). Each acts as the technical account's user through the
/// portal's use cases, which check its access.</summary>
public static class FacturesWriteEndpoints
{
    public static IServiceCollection AddFacturesWrite(this IServiceCollection services) => services
        .AddScoped<ApiFiles>()
        .AddScoped<InvoiceGuard>()
        .AddScoped<SubmitInvoice>()
        .AddScoped<SupplierOperations>()
        .AddScoped<CorrectValidator>()
        .AddScoped<ProcessingOperations>();

    public static void MapFacturesWrite(this RouteGroupBuilder factures, RouteGroupBuilder transverses)
    {
        factures.MapCproPost<SoumettreRequest, SoumettreResponse>("soumettre",
            (request, caller, http, ct) => Service<SubmitInvoice>(http).HandleAsync(request, caller, ct));
        factures.MapCproPost<DeposerPdfRequest, DeposerPdfResponse>("deposer/pdf",
            (request, caller, http, ct) => Service<ApiFiles>(http).DepositPdfAsync(request, caller, ct))
            .Produces<CproAnswer>(StatusCodes.Status413PayloadTooLarge);
        transverses.MapCproPost<AjouterFichierRequest, AjouterFichierResponse>("ajouter/fichier",
            (request, caller, http, ct) => Service<ApiFiles>(http).AddAsync(request, caller, ct))
            .Produces<CproAnswer>(StatusCodes.Status413PayloadTooLarge);
        factures.MapCproPost<CompleterRequest, CompleterResponse>("completer",
            (request, caller, http, ct) => Service<SupplierOperations>(http).CompleteAsync(request, caller, ct));
        factures.MapCproPost<RecyclerRequest, RecyclerResponse>("recycler",
            (request, caller, http, ct) => Service<SupplierOperations>(http).RecycleAsync(request, caller, ct));
        factures.MapCproPost<TraiterRejetRequest, CproAnswer>("traiterRejet",
            (request, caller, http, ct) => Service<SupplierOperations>(http).AcknowledgeAsync(request, caller, ct));
        factures.MapCproPost<CorrigerValideurRequest, CorrigerValideurResponse>("corriger/valideur/facture",
            (request, caller, http, ct) => Service<CorrectValidator>(http).HandleAsync(request, caller, ct));
        factures.MapCproPost<TraiterRecueRequest, TraiterRecueResponse>("traiter/recue",
            (request, caller, http, ct) => Service<ProcessingOperations>(http).ProcessAsync(request, caller, ct));
        factures.MapCproPost<TraiterAValiderRequest, TraiterAValiderResponse>("traiter/factureAValider",
            (request, caller, http, ct) => Service<ProcessingOperations>(http).DecideAsync(request, caller, ct));
    }

    private static T Service<T>(HttpContext http)
        where T : notnull => http.RequestServices.GetRequiredService<T>();
}
