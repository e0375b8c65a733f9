using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>WsRetourRechercherFactureParFournisseur and WsRetourRechercherFactureATraiterParFournisseur.</summary>
public sealed class SupplierSearchAnswer<TItem> : CproAnswer
{
    public CproPageInfo? ParametresRetour { get; set; }

    public List<TItem> ListeFactures { get; set; } = [];
}

/// <summary>FactureRechercherATraiterFournisseur: the id first, the currency after the amounts.</summary>
public class SupplierItemToProcess : PartiesSearchItem
{
    public long IdentifiantFactureCPP { get; set; }

    [JsonPropertyOrder(ItemOrder.Currency)]
    public string? Devise { get; set; }

    public static SupplierItemToProcess Of(InvoiceRow row) => Fill(new SupplierItemToProcess(), row);

    protected static T Fill<T>(T item, InvoiceRow row)
        where T : SupplierItemToProcess
    {
        item.IdentifiantFactureCPP = row.Id;
        item.Devise = row.Currency;
        item.FillParties(row);
        return item;
    }
}

/// <summary>RetourRechercherFactureParFournisseur: the to-process fields, the validation, the mode and the current
/// state (written first, as they always were: a class's own properties come before those it inherits).</summary>
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
