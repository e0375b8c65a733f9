using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;

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

/// <summary>FactureRechercheRecipiendaire: the id and currency first, the download and current state last.</summary>
public sealed class RecipientItem : PartiesSearchItem
{
    public long IdFacture { get; set; }

    public string? Devise { get; set; }

    [JsonPropertyOrder(ItemOrder.State)]
    public bool FactureTelechargeeParDestinataire { get; set; }

    [JsonPropertyOrder(ItemOrder.State)]
    public string? DateHeureEtatCourant { get; set; }

    [JsonPropertyOrder(ItemOrder.State)]
    public string? CommentaireEtatCourant { get; set; }

    public static RecipientItem Of(InvoiceRow row)
    {
        var item = new RecipientItem
        {
            IdFacture = row.Id,
            Devise = row.Currency,
            FactureTelechargeeParDestinataire = row.Downloaded,
            DateHeureEtatCourant = CproDates.Offset(row.UpdatedAtUtc),
            CommentaireEtatCourant = row.LastComment,
        };
        item.FillParties(row);
        return item;
    }
}
