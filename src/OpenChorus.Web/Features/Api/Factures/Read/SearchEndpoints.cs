using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>rechercher/fournisseur, rechercher/recipiendaire, rechercher/valideur and their "à traiter" variants: the
/// request read into <see cref="SearchCriteria"/>, the page answered in each operation's own shape, an empty search as
/// 200 with codeRetour 20000.</summary>
public static class SearchEndpoints
{
    /// <summary>What a recipient can still move to another status.</summary>
    private static readonly InvoiceStatus[] RecipientToProcess =
    [
        InvoiceStatus.MiseADisposition, InvoiceStatus.Completee, InvoiceStatus.ServiceFait, InvoiceStatus.Mandatee,
        InvoiceStatus.MiseADispositionComptable, InvoiceStatus.Comptabilisee,
    ];

    public static async Task<IResult> SupplierAsync(SupplierSearchRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var page = await Searches(http).SearchAsync(caller, Space.FacturesEmises, request.ToCriteria(), request.RechercheFactureParFournisseur,
            request.RecupererTaille == true, cancellationToken);
        return Answer(page, new SupplierSearchAnswer<SupplierItem>
        {
            ParametresRetour = page.Paging,
            ListeFactures = page.Rows.Select(r => Sized(SupplierItem.Of(r, request.NumeroFluxDepot), page.SizeOf(r.Id))).ToList(),
        });
    }

    public static async Task<IResult> SupplierToProcessAsync(SupplierToProcessRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var structure = request.IdStructure is > 0 and <= int.MaxValue ? (int?)request.IdStructure : null;
        var hideRejected = request.MasquerRejetee == true;
        // What a supplier can act on: complete, recycle, acknowledge a rejection.
        var page = await Searches(http).SearchAsync(caller, Space.FacturesEmises, new SearchCriteria(), request.RechercheFactureATraiterParFournisseur,
            request.RecupererTaille == true, cancellationToken, q => q
                .Where(i => (i.Status == InvoiceStatus.Suspendue || i.Status == InvoiceStatus.ARecycler)
                            || (!hideRejected && i.Status == InvoiceStatus.Rejetee && i.RejectionAcknowledgedAtUtc == null))
                .Where(i => structure == null || i.SupplierStructureId == structure));
        return Answer(page, new SupplierSearchAnswer<SupplierItemToProcess>
        {
            ParametresRetour = page.Paging,
            ListeFactures = page.Rows.Select(r => Sized(SupplierItemToProcess.Of(r), page.SizeOf(r.Id))).ToList(),
        });
    }

    public static async Task<IResult> RecipientAsync(RecipientSearchRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var page = await Searches(http).SearchAsync(caller, Space.FacturesRecues, request.ToCriteria(), request.ParamRecherche,
            request.RecupererTaille == true, cancellationToken);
        return Answer(page, new RecipientSearchAnswer
        {
            ListeFactures = Items(page),
            PageCourante = page.Paging.PageCourante,
            Pages = page.Paging.Pages,
            NbResultatsParPage = page.Paging.NbResultatsParPage,
            Total = page.Paging.Total,
        });
    }

    public static async Task<IResult> RecipientToProcessAsync(RecipientToProcessRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var structure = request.IdStructure is > 0 and <= int.MaxValue ? (int?)request.IdStructure : null;
        var statuses = RecipientToProcess;
        var paging = request.ParametreRechercheFactureATraiterParRecipiendaire?.ToPaging();
        var page = await Searches(http).SearchAsync(caller, Space.FacturesRecues, new SearchCriteria(), paging, request.RecupererTaille == true,
            cancellationToken, q => q.Where(i => statuses.Contains(i.Status)).Where(i => structure == null || i.RecipientStructureId == structure));
        return Answer(page, new RecipientToProcessAnswer { ListeFactures = Items(page), ParametresRetour = page.Paging });
    }

    public static async Task<IResult> ValidatorAsync(ValidatorSearchRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var page = await Searches(http).SearchAsync(caller, Space.FacturesAValider, request.ToCriteria(), request.Pagination, false, cancellationToken);
        return Answer(page, new ValidatorSearchAnswer { ParametresRetour = page.Paging, ListeFactures = page.Rows.Select(ValidatorItem.Of).ToList() });
    }

    public static async Task<IResult> ValidatorToProcessAsync(ValidatorToProcessRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var structure = request.IdStructure is > 0 and <= int.MaxValue ? (int?)request.IdStructure : null;
        var identifier = request.IdentifiantStructure?.Replace(" ", "", StringComparison.Ordinal) is { Length: > 0 } given ? given : null;
        var page = await Searches(http).SearchAsync(caller, Space.FacturesAValider, new SearchCriteria(), request.Pagination, false, cancellationToken,
            q => q.Where(i => i.Status == InvoiceStatus.AValider1)
                .Where(i => structure == null || i.ValidatorStructureId == structure)
                .Where(i => identifier == null || i.ValidatorStructure!.Identifier == identifier));
        return Answer(page, new ValidatorSearchAnswer { ParametresRetour = page.Paging, ListeFactures = page.Rows.Select(ValidatorItem.Of).ToList() });
    }

    private static InvoiceSearches Searches(HttpContext http) => ReadServices.Searches(http);

    private static List<RecipientItem> Items(SearchPage page) =>
        page.Rows.Select(r =>
        {
            var item = RecipientItem.Of(r);
            item.Taille = page.SizeOf(r.Id);
            return item;
        }).ToList();

    private static T Sized<T>(T item, long? size)
        where T : SupplierItemToProcess
    {
        item.Taille = size;
        return item;
    }

    private static IResult Answer<T>(SearchPage page, T answer)
        where T : CproAnswer => page.IsEmpty ? CproResults.NoResult(answer) : CproResults.Ok(answer);
}
