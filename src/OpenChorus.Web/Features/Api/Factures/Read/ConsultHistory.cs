using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>
/// consulter/historique: the current status and the history of an invoice the account sees in any of its spaces
/// (emitted, received or to validate). Status changes go to historiquesDesStatuts, the actions that leave the status as
/// it is (download, rejection acknowledged) to historiquesDesActionsUtilisateurs, and every event, in the portal's
/// words, to historiquesDesEvenementsComplementaires. Oldest first unless the client asks "Descendant".
/// </summary>
public static class ConsultHistory
{
    /// <summary>The history action of a download by the recipient (TELECHARGEMENT_FACTURE).</summary>
    public const string DownloadAction = "Téléchargement par le destinataire";

    private const int DefaultMaximum = 1000;

    private static readonly Space[] Spaces = [Space.FacturesEmises, Space.FacturesRecues, Space.FacturesAValider];

    /// <summary>The actions that are not status changes, by the words <see cref="Invoice"/> records them with.</summary>
    private static readonly Dictionary<string, string> ActionCodes = new(StringComparer.Ordinal)
    {
        [DownloadAction] = "TELECHARGEMENT_FACTURE",
        ["Rejet traité par le fournisseur"] = "TRAITEMENT_REJET",
    };

    public static async Task<IResult> HandleAsync(HistoryRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var access = ReadServices.Access(http);
        IResult? refusal = null;
        Invoice? invoice = null;
        foreach (var space in Spaces)
        {
            (invoice, refusal) = await access.FindAsync(caller, space, request.IdFacture, cancellationToken);
            if (invoice is not null)
            {
                break;
            }
        }

        if (invoice is null)
        {
            return refusal!;
        }

        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var events = await (from e in db.InvoiceEvents.AsNoTracking()
                            where e.InvoiceId == invoice.Id
                            join u in db.Users on e.ActorUserId equals u.Id into users
                            from u in users.DefaultIfEmpty()
                            orderby e.AtUtc, e.Id
                            select new { e.Id, e.AtUtc, e.Status, e.Action, e.ActorName, e.Comment, First = u == null ? null : u.FirstName, Last = u == null ? null : u.LastName, Email = u == null ? null : u.ContactEmail })
            .ToListAsync(cancellationToken);
        var maximum = request.NbResultatsMaximum is > 0 ? Math.Min(request.NbResultatsMaximum.Value, DefaultMaximum) : DefaultMaximum;
        var statuses = events.Where(e => !ActionCodes.ContainsKey(e.Action)).Select(e => new StatusEntry
        {
            HistoStatutId = e.Id,
            HistoStatutCode = e.Status.Code(),
            HistoStatutDatePassage = CproDates.Minutes(e.AtUtc),
            HistoStatutCommentaire = e.Comment,
            HistoStatutUtilisateurPrenom = e.First,
            HistoStatutUtilisateurNom = e.Last ?? e.ActorName,
            HistoStatutUtilisateurEmail = e.Email,
        }).ToList();
        var actions = events.Where(e => ActionCodes.ContainsKey(e.Action)).Select(e => new ActionEntry
        {
            HistoActionId = e.Id,
            HistoActionCode = ActionCodes[e.Action],
            HistoActionDateHeure = CproDates.Minutes(e.AtUtc),
            HistoActionUtilisateurPrenom = e.First,
            HistoActionUtilisateurNom = e.Last ?? e.ActorName,
            HistoActionUtilisateurEmail = e.Email,
        }).ToList();
        var journal = events.Select(e => new EventEntry
        {
            EvenementId = e.Id,
            EvenementLibelle = e.Comment is null ? e.Action : $"{e.Action} : {e.Comment}",
            EvenementQui = e.ActorName,
            EvenementDateHeure = CproDates.Minutes(e.AtUtc),
        }).ToList();

        var (statusPage, statusPages, statusAsked) = Page(statuses, request.ParamRechercheHistoStatuts, maximum);
        var (eventPage, eventPages, eventAsked) = Page(journal, request.ParamRechercheHistoEvenementsComplementaires, maximum);
        var (actionPage, actionPages, actionAsked) = Page(actions, request.ParamRechercheHistoActionsUtilisateurs, maximum);
        return CproResults.Ok(new HistoryAnswer
        {
            IdFacture = invoice.Id,
            NumeroFacture = invoice.Number,
            ModeDepot = invoice.DepositMode.Code(),
            StatutCourantCode = invoice.Status.Code(),
            HistoriquesDesStatuts = new StatusHistory
            {
                HistoStatut = statusPage,
                PageCouranteHistoStatut = statusAsked.Page,
                PagesHistoStatut = statusPages,
                NbResultatsParPageHistoStatut = statusAsked.Size,
                TotalHistoStatut = Math.Min(statuses.Count, maximum),
            },
            HistoriquesDesEvenementsComplementaires = new EventHistory
            {
                Evenement = eventPage,
                PageCouranteEvenement = eventAsked.Page,
                PagesEvenement = eventPages,
                NbResultatsParPageEvenement = eventAsked.Size,
                TotalEvenement = Math.Min(journal.Count, maximum),
            },
            HistoriquesDesActionsUtilisateurs = new ActionHistory
            {
                HistoAction = actionPage,
                PageCouranteHistoAction = actionAsked.Page,
                PagesHistoAction = actionPages,
                NbResultatsParPageHistoAction = actionAsked.Size,
                TotalHistoAction = Math.Min(actions.Count, maximum),
            },
            DerniereAction = actions.Count == 0 ? null : new LastAction { DerniereActionId = actions[^1].HistoActionId, DerniereActionCode = actions[^1].HistoActionCode },
        });
    }

    private static (List<T> Items, int Pages, (int Page, int Size) Asked) Page<T>(List<T> all, HistoryPaging? paging, int maximum)
    {
        var (page, size, descending) = paging?.Asked(maximum) ?? HistoryPaging.Asked(null, null, null, maximum);
        var bounded = (descending ? Enumerable.Reverse(all) : all).Take(maximum).ToList();

        var (items, pages) = ListPage.Of(bounded, (page, size));
        return (items, pages, (page, size));
    }
}
