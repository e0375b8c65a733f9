using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>The read side of the Factures API (official Swagger): searches, consultations, history, grouped download.
/// Supplier operations read "Factures émises", recipient ones "Factures reçues", validator ones "Factures à valider",
/// always through the technical account's own rights.</summary>
public static class FacturesReadEndpoints
{
    public static RouteGroupBuilder MapFacturesRead(this RouteGroupBuilder factures)
    {
        factures.MapCproPost<SupplierSearchRequest, SupplierSearchAnswer<SupplierItem>>("rechercher/fournisseur", SearchEndpoints.SupplierAsync);
        factures.MapCproPost<SupplierToProcessRequest, SupplierSearchAnswer<SupplierItemToProcess>>("rechercher/atraiter/fournisseur", SearchEndpoints.SupplierToProcessAsync);
        factures.MapCproPost<RecipientSearchRequest, RecipientSearchAnswer>("rechercher/recipiendaire", SearchEndpoints.RecipientAsync);
        factures.MapCproPost<RecipientToProcessRequest, RecipientToProcessAnswer>("rechercher/atraiter/recipiendaire", SearchEndpoints.RecipientToProcessAsync);
        factures.MapCproPost<ValidatorSearchRequest, ValidatorSearchAnswer>("rechercher/valideur", SearchEndpoints.ValidatorAsync);
        factures.MapCproPost<ValidatorToProcessRequest, ValidatorSearchAnswer>("rechercher/aTraiter/valideur", SearchEndpoints.ValidatorToProcessAsync);
        factures.MapCproPost<PaymentRequestSearchRequest, PaymentRequestSearchAnswer>("rechercher/demandePaiement", PaymentRequestItem.SearchAsync);
        factures.MapCproPost<ConsultRequest, ConsultAnswer>("consulter/fournisseur", ConsultInvoice.SupplierAsync);
        factures.MapCproPost<ConsultRequest, ConsultAnswer>("consulter/recipiendaire", ConsultInvoice.RecipientAsync);
        factures.MapCproPost<ConsultRequest, ConsultAnswer>("consulter/valideur", ConsultInvoice.ValidatorAsync);
        factures.MapCproPost<HistoryRequest, HistoryAnswer>("consulter/historique", ConsultHistory.HandleAsync);
        factures.MapCproPost<DownloadRequest, DownloadAnswer>("telecharger/groupe", DownloadInvoices.HandleAsync)
            .Produces<CproAnswer>(StatusCodes.Status413PayloadTooLarge);
        factures.MapCproPost<ValidatorStatusesRequest, ValidatorStatusesAnswer>("recuperer/statutsFactureVisibles/valideur", ValidatorStatuses.HandleAsync);
        return factures;
    }
}
