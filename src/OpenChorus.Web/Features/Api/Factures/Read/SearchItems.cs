using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>
/// Where the shared fields of the search items fall among each item's own (<see cref="JsonPropertyOrderAttribute"/>).
/// System.Text.Json writes a class's own properties before those it inherits, and sorts by these numbers: the parties
/// (0) come before <see cref="InvoiceSearchItem"/>'s invoice fields, then the currency where the Swagger has it after
/// the amounts, the status and contract, the engagement and size, and the recipient's current state last.
/// </summary>
internal static class ItemOrder
{
    public const int Currency = 1;
    public const int Status = 2;
    public const int Engagement = 3;
    public const int State = 4;
}

/// <summary>The invoice fields of every search item (FactureRechercheRecipiendaire, FactureRechercherATraiterFournisseur,
/// FactureRechercheValideur), after the parties, in the Swagger's order.</summary>
public abstract class InvoiceSearchItem
{
    public string? TypeFacture { get; set; }

    public string? NumeroFacture { get; set; }

    public string? DateFacture { get; set; }

    public string? DateDepot { get; set; }

    public decimal MontantHT { get; set; }

    public decimal MontantTTC { get; set; }

    public decimal MontantAPayer { get; set; }

    [JsonPropertyOrder(ItemOrder.Status)]
    public string? Statut { get; set; }

    [JsonPropertyOrder(ItemOrder.Status)]
    public string? NumeroMarche { get; set; }

    protected void FillInvoice(InvoiceRow row)
    {
        TypeFacture = row.Kind.Code();
        NumeroFacture = row.Number;
        DateFacture = CproDates.Date(row.IssueDate);
        DateDepot = row.SentAtUtc is { } sent ? CproDates.Date(sent) : null;
        MontantHT = row.TotalExcludingVat;
        MontantTTC = row.TotalIncludingVat;
        MontantAPayer = row.AmountDue;
        Statut = row.Status.Code();
        NumeroMarche = row.ContractNumber;
    }
}

/// <summary>The parties as the recipient's and the supplier's searches write them (by code), and the purchase order
/// and size that follow the status.</summary>
public abstract class PartiesSearchItem : InvoiceSearchItem
{
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

    [JsonPropertyOrder(ItemOrder.Engagement)]
    public string? NumeroBonCommande { get; set; }

    [JsonPropertyOrder(ItemOrder.Engagement)]
    public long? Taille { get; set; }

    protected void FillParties(InvoiceRow row)
    {
        FillInvoice(row);
        CodeFournisseur = row.SupplierIdentifier;
        TypeIdentifiantFournisseur = row.SupplierIdentifierType.Code();
        DesignationFournisseur = row.SupplierName;
        IdDestinataire = row.RecipientId;
        CodeDestinataire = row.RecipientIdentifier;
        DesignationDestinataire = row.RecipientName;
        IdServiceExecutant = row.ServiceId;
        CodeServiceExecutant = row.ServiceCode;
        NomServiceExecutant = row.ServiceName;
        NumeroBonCommande = row.EngagementNumber;
    }
}
