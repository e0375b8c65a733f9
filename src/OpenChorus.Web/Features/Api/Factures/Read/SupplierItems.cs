using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>WsRetourRechercherFactureParFournisseur and WsRetourRechercherFactureATraiterParFournisseur.</summary>
public sealed class SupplierSearchAnswer<TItem> : CproAnswer
{
    public CproPageInfo? ParametresRetour { get; set; }

    public List<TItem> ListeFactures { get; set; } = [];
}

/// <summary>FactureRechercherATraiterFournisseur.</summary>
public class SupplierItemToProcess
{
    public long IdentifiantFactureCPP { get; set; }

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

    public string? Devise { get; set; }

    public string? Statut { get; set; }

    public string? NumeroMarche { get; set; }

    public string? NumeroBonCommande { get; set; }

    public long? Taille { get; set; }

    public static T Fill<T>(T item, InvoiceRow row)
        where T : SupplierItemToProcess
    {
        item.IdentifiantFactureCPP = row.Id;
        item.CodeFournisseur = row.SupplierIdentifier;
        item.TypeIdentifiantFournisseur = row.SupplierIdentifierType.Code();
        item.DesignationFournisseur = row.SupplierName;
        item.IdDestinataire = row.RecipientId;
        item.CodeDestinataire = row.RecipientIdentifier;
        item.DesignationDestinataire = row.RecipientName;
        item.IdServiceExecutant = row.ServiceId;
        item.CodeServiceExecutant = row.ServiceCode;
        item.NomServiceExecutant = row.ServiceName;
        item.TypeFacture = row.Kind.Code();
        item.NumeroFacture = row.Number;
        item.DateFacture = CproDates.Date(row.IssueDate);
        item.DateDepot = row.SentAtUtc is { } sent ? CproDates.Date(sent) : null;
        item.MontantHT = row.TotalExcludingVat;
        item.MontantTTC = row.TotalIncludingVat;
        item.MontantAPayer = row.AmountDue;
        item.Devise = row.Currency;
        item.Statut = row.Status.Code();
        item.NumeroMarche = row.ContractNumber;
        item.NumeroBonCommande = row.EngagementNumber;
        return item;
    }
}

/// <summary>RetourRechercherFactureParFournisseur: the to-process fields, the validation, the mode and the current state.</summary>
public sealed class SupplierItem : SupplierItemToProcess
{
    /// <summary>The flux searched for (numeroFluxDepot), echoed on the invoices it holds.</summary>
    public string? NumeroFluxDepot { get; set; }

    public string? TypeIdentifiantValideur1 { get; set; }

    public string? CodeValideur1 { get; set; }

    public string? RaisonSocialeValideur1 { get; set; }

    public string? DateValidation1 { get; set; }

    public string? ModeDepot { get; set; }

    public string? DateHeureEtatCourant { get; set; }

    public string? CommentaireEtatCourant { get; set; }

    public bool RejetTraite { get; set; }

    public static SupplierItem Of(InvoiceRow row, string? fluxNumber = null)
    {
        var item = Fill(new SupplierItem(), row);
        item.NumeroFluxDepot = fluxNumber?.Trim() is { Length: > 0 } flux ? flux : null;
        item.TypeIdentifiantValideur1 = row.ValidatorIdentifierType.Code();
        item.CodeValideur1 = row.ValidatorIdentifier;
        item.RaisonSocialeValideur1 = row.ValidatorName;
        item.DateValidation1 = row.ValidatedAtUtc is { } validated ? CproDates.Date(validated) : null;
        item.ModeDepot = row.DepositMode.Code();
        item.DateHeureEtatCourant = CproDates.Offset(row.UpdatedAtUtc);
        item.CommentaireEtatCourant = row.LastComment;
        item.RejetTraite = row.RejectionAcknowledged;
        return item;
    }
}
