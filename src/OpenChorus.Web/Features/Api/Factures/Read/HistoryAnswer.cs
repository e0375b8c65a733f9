using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>ConsulterHistoriqueFactureParam.</summary>
public sealed class HistoryRequest
{
    public long? IdUtilisateurCourant { get; set; }

    public long? IdFacture { get; set; }

    /// <summary>Chorus Pro's space id; the invoice is looked for in every space the account has.</summary>
    public long? IdEspace { get; set; }

    public int? NbResultatsMaximum { get; set; }

    public HistoryPaging? ParamRechercheHistoStatuts { get; set; }

    public HistoryPaging? ParamRechercheHistoEvenementsComplementaires { get; set; }

    public HistoryPaging? ParamRechercheHistoActionsUtilisateurs { get; set; }
}

/// <summary>The three paging objects of the history, each with the list's name in its fields.</summary>
public sealed class HistoryPaging
{
    public int? PageResultatDemandeeListeHistoStatut { get; set; }

    public int? NbResultatsParPageListeHistoStatut { get; set; }

    public string? TriSensListeHistoStatut { get; set; }

    public int? PageResultatDemandeeListeHistoEvenement { get; set; }

    public int? NbResultatsParPageListeHistoEvenement { get; set; }

    public string? TriSensListeHistoEvenement { get; set; }

    public int? PageResultatDemandeeListeHistoAction { get; set; }

    public int? NbResultatsParPageListeHistoAction { get; set; }

    public string? TriSensListeHistoAction { get; set; }

    public (int Page, int Size, bool Descending) Asked(int maximum) => Asked(
        PageResultatDemandeeListeHistoStatut ?? PageResultatDemandeeListeHistoEvenement ?? PageResultatDemandeeListeHistoAction,
        NbResultatsParPageListeHistoStatut ?? NbResultatsParPageListeHistoEvenement ?? NbResultatsParPageListeHistoAction,
        TriSensListeHistoStatut ?? TriSensListeHistoEvenement ?? TriSensListeHistoAction,
        maximum);

    public static (int Page, int Size, bool Descending) Asked(int? page, int? size, string? sens, int maximum) =>
        (page is > 0 ? page.Value : 1, size is > 0 ? Math.Min(size.Value, maximum) : maximum,
         sens?.Trim().StartsWith("Desc", StringComparison.OrdinalIgnoreCase) == true);
}

/// <summary>WsRetourConsulterHistoriqueFacture.</summary>
public sealed class HistoryAnswer : CproAnswer
{
    public long IdFacture { get; set; }

    public string? NumeroFacture { get; set; }

    public string? ModeDepot { get; set; }

    public string? StatutCourantCode { get; set; }

    public StatusHistory HistoriquesDesStatuts { get; set; } = new();

    public EventHistory HistoriquesDesEvenementsComplementaires { get; set; } = new();

    public ActionHistory HistoriquesDesActionsUtilisateurs { get; set; } = new();

    public LastAction? DerniereAction { get; set; }
}

public sealed class StatusHistory
{
    public List<StatusEntry> HistoStatut { get; set; } = [];

    public long PageCouranteHistoStatut { get; set; }

    public long PagesHistoStatut { get; set; }

    public long NbResultatsParPageHistoStatut { get; set; }

    public long TotalHistoStatut { get; set; }
}

public sealed class StatusEntry
{
    public long HistoStatutId { get; set; }

    public string? HistoStatutCode { get; set; }

    public string? HistoStatutDatePassage { get; set; }

    public string? HistoStatutCommentaire { get; set; }

    public string? HistoStatutUtilisateurPrenom { get; set; }

    public string? HistoStatutUtilisateurNom { get; set; }

    public string? HistoStatutUtilisateurEmail { get; set; }
}

public sealed class EventHistory
{
    public List<EventEntry> Evenement { get; set; } = [];

    public long PageCouranteEvenement { get; set; }

    public long PagesEvenement { get; set; }

    public long NbResultatsParPageEvenement { get; set; }

    public long TotalEvenement { get; set; }
}

public sealed class EventEntry
{
    public long EvenementId { get; set; }

    public string? EvenementLibelle { get; set; }

    public string? EvenementQui { get; set; }

    public string? EvenementDateHeure { get; set; }
}

public sealed class ActionHistory
{
    public List<ActionEntry> HistoAction { get; set; } = [];

    public long PageCouranteHistoAction { get; set; }

    public long PagesHistoAction { get; set; }

    public long NbResultatsParPageHistoAction { get; set; }

    public long TotalHistoAction { get; set; }
}

public sealed class ActionEntry
{
    public long HistoActionId { get; set; }

    public string? HistoActionCode { get; set; }

    public string? HistoActionDateHeure { get; set; }

    public string? HistoActionUtilisateurPrenom { get; set; }

    public string? HistoActionUtilisateurNom { get; set; }

    public string? HistoActionUtilisateurEmail { get; set; }
}

public sealed class LastAction
{
    public long DerniereActionId { get; set; }

    public string? DerniereActionCode { get; set; }
}
