using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>The amounts and periods most searches share, with the Swagger's spellings.</summary>
public abstract class SearchFilters
{
    public long? IdUtilisateurCourant { get; set; }

    public string? NumeroFacture { get; set; }

    public DateOnly? PeriodeDateDepotDu { get; set; }

    public DateOnly? PeriodeDateDepotAu { get; set; }

    public DateOnly? PeriodeDateFactureDu { get; set; }

    public DateOnly? PeriodeDateFactureAu { get; set; }

    public DateTime? PeriodeDateHeureEtatCourantDu { get; set; }

    public DateTime? PeriodeDateHeureEtatCourantAu { get; set; }

    public string? CadreFacturation { get; set; }

    [JsonConverter(typeof(OneOrMany<string>))]
    public List<string>? StatutCourant { get; set; }

    public decimal? MontantHTMin { get; set; }

    public decimal? MontantHTMax { get; set; }

    public decimal? MontantTTCMin { get; set; }

    public decimal? MontantTTCMax { get; set; }

    /// <summary>montantApayerMin (recipient, supplier) and montantAPayerMin (validator, demandePaiement) are one field
    /// for a case-insensitive reader.</summary>
    public decimal? MontantAPayerMin { get; set; }

    public decimal? MontantAPayerMax { get; set; }

    public string? NumeroMarche { get; set; }

    public bool? RecupererTaille { get; set; }

    public SearchCriteria Criteria() => new()
    {
        Statuses = StatutCourant ?? [],
        Number = NumeroFacture,
        Frame = CadreFacturation,
        DepositFrom = PeriodeDateDepotDu,
        DepositTo = PeriodeDateDepotAu,
        IssueFrom = PeriodeDateFactureDu,
        IssueTo = PeriodeDateFactureAu,
        StateFrom = PeriodeDateHeureEtatCourantDu,
        StateTo = PeriodeDateHeureEtatCourantAu,
        ExclusiveMin = MontantHTMin,
        ExclusiveMax = MontantHTMax,
        InclusiveMin = MontantTTCMin,
        InclusiveMax = MontantTTCMax,
        DueMin = MontantAPayerMin,
        DueMax = MontantAPayerMax,
        Contract = NumeroMarche,
    };
}

/// <summary>RechercherFactureParFournisseurParam.</summary>
public sealed class SupplierSearchRequest : SearchFilters
{
    public List<RecipientCriterion>? ListeDestinataire { get; set; }

    public string? TypeFacture { get; set; }

    public long? IdFournisseur { get; set; }

    public long? IdServiceFournisseur { get; set; }

    public long? IdStructureValideur { get; set; }

    public string? NumeroBonCommande { get; set; }

    public string? NumeroFactureOrigine { get; set; }

    public string? ModeDepot { get; set; }

    /// <summary>Accepted; invoices do not record the flux that brought them yet, so it does not filter.</summary>
    public string? NumeroFluxDepot { get; set; }

    public bool? RejetTraite { get; set; }

    public CproPaging? RechercheFactureParFournisseur { get; set; }

    public SearchCriteria ToCriteria() => Criteria() with
    {
        Flux = (!string.IsNullOrWhiteSpace(NumeroFluxDepot), Features.Flux.FluxDepot.IdOf(NumeroFluxDepot)),
        Kinds = TypeFacture is { Length: > 0 } kind ? [kind] : [],
        SupplierIds = SearchCriteria.Ids([IdFournisseur]),
        RecipientIds = SearchCriteria.Ids(ListeDestinataire?.Select(d => d.IdDestinataire)),
        ServiceIds = SearchCriteria.Ids(ListeDestinataire?.SelectMany(d => d.ListeIdServiceExecutant ?? [])),
        ValidatorId = IdStructureValideur,
        Engagement = NumeroBonCommande,
        DepositMode = ModeDepot,
        RejectionAcknowledged = RejetTraite,
    };
}

/// <summary>CritereDestinatairePojo.</summary>
public sealed class RecipientCriterion
{
    public long? IdDestinataire { get; set; }

    public List<long?>? ListeIdServiceExecutant { get; set; }
}

/// <summary>RechercherFactureRecipiendaireParam.</summary>
public sealed class RecipientSearchRequest : SearchFilters
{
    public string? TypeDemandePaiement { get; set; }

    public long? IdDestinataire { get; set; }

    public long? IdServiceExecutant { get; set; }

    [JsonConverter(typeof(OneOrMany<string>))]
    public List<string>? ListeTypeFacture { get; set; }

    public List<SupplierCriterion>? ListeFournisseurs { get; set; }

    public long? IdStructureValideur { get; set; }

    public string? NumeroBonCommande { get; set; }

    public bool? FactureTelechargeeParDestinataire { get; set; }

    public CproPaging? ParamRecherche { get; set; }

    public SearchCriteria ToCriteria() => Criteria() with
    {
        RequestType = TypeDemandePaiement,
        Kinds = ListeTypeFacture ?? [],
        RecipientIds = SearchCriteria.Ids([IdDestinataire]),
        ServiceIds = SearchCriteria.Ids([IdServiceExecutant]),
        SupplierIds = SearchCriteria.Ids(ListeFournisseurs?.Select(f => f.IdFournisseur)),
        ValidatorId = IdStructureValideur,
        Engagement = NumeroBonCommande,
        Downloaded = FactureTelechargeeParDestinataire,
    };
}

/// <summary>CritereFournisseurPojo (the supplier's services are not modelled: listeIdService does not filter).</summary>
public sealed class SupplierCriterion
{
    public long? IdFournisseur { get; set; }

    public List<long?>? ListeIdService { get; set; }
}

/// <summary>RechercherFactureParValideurParam.</summary>
public sealed class ValidatorSearchRequest : SearchFilters
{
    public string? TypeDemandePaiement { get; set; }

    public long? IdDestinataire { get; set; }

    public long? IdServiceExecutant { get; set; }

    [JsonConverter(typeof(OneOrMany<string>))]
    public List<string>? ListeTypeFacture { get; set; }

    public long? IdFournisseur { get; set; }

    public long? IdStructureValideur { get; set; }

    public string? NumeroEngagement { get; set; }

    public CproPaging? Pagination { get; set; }

    public SearchCriteria ToCriteria() => Criteria() with
    {
        RequestType = TypeDemandePaiement,
        Kinds = ListeTypeFacture ?? [],
        RecipientIds = SearchCriteria.Ids([IdDestinataire]),
        ServiceIds = SearchCriteria.Ids([IdServiceExecutant]),
        SupplierIds = SearchCriteria.Ids([IdFournisseur]),
        ValidatorId = IdStructureValideur,
        Engagement = NumeroEngagement,
    };
}
