using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>WsRetourRechercherFactureParValideur and WsRetourRechercherFactureATraiterParValideur.</summary>
public sealed class ValidatorSearchAnswer : CproAnswer
{
    public CproPageInfo? ParametresRetour { get; set; }

    public List<ValidatorItem> ListeFactures { get; set; } = [];
}

/// <summary>FactureRechercheValideur: the parties by id and identifier, the validator among them. The Swagger types the
/// amounts int64; they are written as numbers with their decimals, as go-choruspro reads them.</summary>
public sealed class ValidatorItem : InvoiceSearchItem
{
    public long IdFacture { get; set; }

    public string TypeDemandePaiement { get; set; } = ReadCodes.PaymentRequestType;

    public long IdFournisseur { get; set; }

    public string? IdentifiantFournisseur { get; set; }

    public string? TypeIdentifiantFournisseur { get; set; }

    public string? DesignationFournisseur { get; set; }

    public long? IdDestinataire { get; set; }

    public string? TypeIdentifiantDestinataire { get; set; }

    public string? IdentifiantDestinataire { get; set; }

    public string? DesignationDestinataire { get; set; }

    public long? IdServiceExecutant { get; set; }

    public string? CodeServiceExecutant { get; set; }

    public string? NomServiceExecutant { get; set; }

    public long? IdValideur { get; set; }

    public string? TypeIdentifiantValideur { get; set; }

    public string? IdentifiantValideur { get; set; }

    public string? DesignationValideur { get; set; }

    [JsonPropertyOrder(ItemOrder.Currency)]
    public string? Devise { get; set; }

    [JsonPropertyOrder(ItemOrder.Engagement)]
    public string? NumeroEngagement { get; set; }

    public static ValidatorItem Of(InvoiceRow row)
    {
        var item = new ValidatorItem
        {
            IdFacture = row.Id,
            IdFournisseur = row.SupplierId,
            IdentifiantFournisseur = row.SupplierIdentifier,
            TypeIdentifiantFournisseur = row.SupplierIdentifierType.Code(),
            DesignationFournisseur = row.SupplierName,
            IdDestinataire = row.RecipientId,
            TypeIdentifiantDestinataire = row.RecipientIdentifierType.Code(),
            IdentifiantDestinataire = row.RecipientIdentifier,
            DesignationDestinataire = row.RecipientName,
            IdServiceExecutant = row.ServiceId,
            CodeServiceExecutant = row.ServiceCode,
            NomServiceExecutant = row.ServiceName,
            IdValideur = row.ValidatorId,
            TypeIdentifiantValideur = row.ValidatorIdentifierType.Code(),
            IdentifiantValideur = row.ValidatorIdentifier,
            DesignationValideur = row.ValidatorName,
            Devise = row.Currency,
            NumeroEngagement = row.EngagementNumber,
        };
        item.FillInvoice(row);
        return item;
    }
}
