using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>RechercherDemandePaiementParam: the search across roles; <c>roleUtilisateur</c> picks the space (the
/// first one the account has when absent). MOE and MOA (works invoices) find nothing.</summary>
public sealed class PaymentRequestSearchRequest : SearchFilters
{
    public const int MaxResults = 1000;

    public string? RoleUtilisateur { get; set; }

    public string? TypeDemandePaiement { get; set; }

    public string? TypeFacture { get; set; }

    public DateOnly? PeriodeDateFournisseurDu { get; set; }

    public DateOnly? PeriodeDateFournisseurAu { get; set; }

    public string? NumeroBonCommande { get; set; }

    public StructureCriterion? StructureFournisseur { get; set; }

    public StructureCriterion? StructureDestinataire { get; set; }

    public StructureCriterion? StructureValideur { get; set; }

    public long? IdServiceDestinataire { get; set; }

    public SearchCriteria ToCriteria() => Criteria() with
    {
        RequestType = TypeDemandePaiement,
        Kinds = TypeFacture is { Length: > 0 } kind ? [kind] : [],
        IssueFrom = PeriodeDateFournisseurDu ?? PeriodeDateFactureDu,
        IssueTo = PeriodeDateFournisseurAu ?? PeriodeDateFactureAu,
        SupplierIds = SearchCriteria.Ids([StructureFournisseur?.Id]),
        RecipientIds = SearchCriteria.Ids([StructureDestinataire?.Id]),
        ServiceIds = SearchCriteria.Ids([IdServiceDestinataire]),
        ValidatorId = StructureValideur?.Id,
        Engagement = NumeroBonCommande,
    };
}

/// <summary>The structure objects of rechercherDemandePaiement, each spelling its id after its role.</summary>
public sealed class StructureCriterion
{
    public long? IdStructureFournisseur { get; set; }

    public long? IdStructureDestinataire { get; set; }

    public long? IdStructureValideur { get; set; }

    [JsonIgnore]
    public long? Id => IdStructureFournisseur ?? IdStructureDestinataire ?? IdStructureValideur;
}

/// <summary>WsRetourRechercherDemandePaiement.</summary>
public sealed class PaymentRequestSearchAnswer : CproAnswer
{
    public List<PaymentRequestItem> ListeDemandePaiement { get; set; } = [];

    public int Total { get; set; }
}

/// <summary>RechercherDemandePaiementOutputListeDemandePaiement.</summary>
public sealed class PaymentRequestItem
{
    public long IdDemandePaiement { get; set; }

    public string? NumeroDemandePaiement { get; set; }

    public string TypeDemandePaiement { get; set; } = ReadCodes.PaymentRequestType;

    public string? TypeFacture { get; set; }

    public string? CadreFacturation { get; set; }

    public string? EtatCourant { get; set; }

    public string? DateHeureEtatCourant { get; set; }

    public string? DateFournisseur { get; set; }

    public string? DateDepot { get; set; }

    public decimal MontantHT { get; set; }

    public decimal MontantTTC { get; set; }

    public decimal MontantAPayer { get; set; }

    public string? NumeroMarche { get; set; }

    public string? NumeroBonCommande { get; set; }

    public long IdStructureFournisseur { get; set; }

    public long? IdStructureValideur1 { get; set; }

    public long? IdStructureDestinataire { get; set; }

    public long? IdServiceDestinataire { get; set; }

    public string DpOuDpArchive { get; set; } = "DEMANDE_PAIEMENT";

    public string? CommentaireEtatCourant { get; set; }

    public string? NombreResultatTotal { get; set; }

    public string? CodeServiceDestinataire { get; set; }

    public string? NomServiceDestinataire { get; set; }

    public string? IdentifiantStructureFournisseur { get; set; }

    public string? IdentifiantStructureDestinataire { get; set; }

    public static PaymentRequestItem Of(InvoiceRow row, int total) => new()
    {
        IdDemandePaiement = row.Id,
        NumeroDemandePaiement = row.Number,
        TypeFacture = Factures.CproCodes.Code(row.Kind),
        CadreFacturation = Invoices.InvoiceFrames.Code(row.Frame),
        EtatCourant = Invoices.InvoiceStatuses.Code(row.Status),
        DateHeureEtatCourant = CproDates.Offset(row.UpdatedAtUtc),
        DateFournisseur = CproDates.Date(row.IssueDate),
        DateDepot = row.SentAtUtc is { } sent ? CproDates.Date(sent) : null,
        MontantHT = row.TotalExcludingVat,
        MontantTTC = row.TotalIncludingVat,
        MontantAPayer = row.AmountDue,
        NumeroMarche = row.ContractNumber,
        NumeroBonCommande = row.EngagementNumber,
        IdStructureFournisseur = row.SupplierId,
        IdStructureValideur1 = row.ValidatorId,
        IdStructureDestinataire = row.RecipientId,
        IdServiceDestinataire = row.ServiceId,
        CommentaireEtatCourant = row.LastComment,
        NombreResultatTotal = total.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CodeServiceDestinataire = row.ServiceCode,
        NomServiceDestinataire = row.ServiceName,
        IdentifiantStructureFournisseur = row.SupplierIdentifier,
        IdentifiantStructureDestinataire = row.RecipientIdentifier,
    };

    public static async Task<IResult> SearchAsync(PaymentRequestSearchRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var searches = ReadServices.Searches(http);
        var paging = new CproPaging { NbResultatsParPage = PaymentRequestSearchRequest.MaxResults };
        var spaces = request.RoleUtilisateur?.Trim().ToUpperInvariant() switch
        {
            "FOURNISSEUR" => [Space.FacturesEmises],
            "DESTINATAIRE" => [Space.FacturesRecues],
            "VALIDEUR" or "VALIDATEUR" => [Space.FacturesAValider],
            null or "" => new[] { Space.FacturesEmises, Space.FacturesRecues, Space.FacturesAValider },
            _ => [],
        };
        foreach (var space in spaces)
        {
            var page = await searches.SearchAsync(caller, space, request.ToCriteria(), paging, false, cancellationToken);
            if (!page.IsEmpty)
            {
                return CproResults.Ok(new PaymentRequestSearchAnswer
                {
                    ListeDemandePaiement = page.Rows.Select(r => Of(r, page.Paging.Total)).ToList(),
                    Total = page.Paging.Total,
                });
            }
        }

        return CproResults.NoResult(new PaymentRequestSearchAnswer());
    }
}
