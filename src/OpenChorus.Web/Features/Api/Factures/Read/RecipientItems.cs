using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>WsRetourRechercheFactureRecipiendaireRest: the paging at the top level, unlike the other searches.</summary>
public sealed class RecipientSearchAnswer : CproAnswer
{
    public List<RecipientItem> ListeFactures { get; set; } = [];

    public int PageCourante { get; set; }

    public int Pages { get; set; }

    public int NbResultatsParPage { get; set; }

    public int Total { get; set; }
}

/// <summary>WsRetourRechercheFactureRecipiendaire (à traiter): the same items, the paging in parametresRetour.</summary>
public sealed class RecipientToProcessAnswer : CproAnswer
{
    public List<RecipientItem> ListeFactures { get; set; } = [];

    public CproPageInfo? ParametresRetour { get; set; }
}

/// <summary>FactureRechercheRecipiendaire.</summary>
public sealed class RecipientItem
{
    public long IdFacture { get; set; }

    public string? Devise { get; set; }

    public string TypeDemandePaiement { get; set; } = ReadCodes.PaymentRequestType;

    public string? CodeFournisseur { get; set; }

    public string? TypeIdentifiantFournisseur { get; set; }

    public string? DesignationFournisseur { get; set; }

    public string? CodeServiceFournisseur { get; set; }

    public string? NomServiceFournisseur { get; set; }

    public long? IdDestinataire { get; set; }

    public string? CodeDestinataire { get; set; }

    public string? DesignationDestinataire { get; set; }

    public long? IdServiceExecutant { get; set; }

    public string? CodeServiceExecutant { get; set; }

    public string? NomServiceExecutant { get; set; }

    public string? TypeFacture { get; set; }

    public string? NumeroFacture { get; set; }

    public string? DateFacture { get; set; }

    public string? DateDepot { get; set; }

    public decimal MontantHT { get; set; }

    public decimal MontantTTC { get; set; }

    public decimal MontantAPayer { get; set; }

    public string? Statut { get; set; }

    public string? NumeroMarche { get; set; }

    public string? NumeroBonCommande { get; set; }

    public long? Taille { get; set; }

    public bool FactureTelechargeeParDestinataire { get; set; }

    public string? DateHeureEtatCourant { get; set; }

    public string? CommentaireEtatCourant { get; set; }

    public static RecipientItem Of(InvoiceRow row) => new()
    {
        IdFacture = row.Id,
        Devise = row.Currency,
        CodeFournisseur = row.SupplierIdentifier,
        TypeIdentifiantFournisseur = row.SupplierIdentifierType.Code(),
        DesignationFournisseur = row.SupplierName,
        IdDestinataire = row.RecipientId,
        CodeDestinataire = row.RecipientIdentifier,
        DesignationDestinataire = row.RecipientName,
        IdServiceExecutant = row.ServiceId,
        CodeServiceExecutant = row.ServiceCode,
        NomServiceExecutant = row.ServiceName,
        TypeFacture = row.Kind.Code(),
        NumeroFacture = row.Number,
        DateFacture = CproDates.Date(row.IssueDate),
        DateDepot = row.SentAtUtc is { } sent ? CproDates.Date(sent) : null,
        MontantHT = row.TotalExcludingVat,
        MontantTTC = row.TotalIncludingVat,
        MontantAPayer = row.AmountDue,
        Statut = row.Status.Code(),
        NumeroMarche = row.ContractNumber,
        NumeroBonCommande = row.EngagementNumber,
        FactureTelechargeeParDestinataire = row.Downloaded,
        DateHeureEtatCourant = CproDates.Offset(row.UpdatedAtUtc),
        CommentaireEtatCourant = row.LastComment,
    };
}
