using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>A page of a search and what it says about paging; <see cref="Sizes"/> is filled when the client asked
/// recupererTaille.</summary>
public sealed record SearchPage(IReadOnlyList<InvoiceRow> Rows, CproPageInfo Paging, IReadOnlyDictionary<int, long> Sizes)
{
    public bool IsEmpty => Rows.Count == 0;

    public long? SizeOf(int id) => Sizes.TryGetValue(id, out var size) ? size : null;
}

/// <summary>
/// Every invoice search of the API: the caller's scope in the space (<see cref="InvoiceVisibility.VisibleIn"/>), the
/// criteria, the sort and the page, in SQL. Start from the visibility filter so that PostgreSQL walks the indexes the
/// portal's searches were measured with (bench/OpenChorus.Portal.Benchmarks).
/// </summary>
public sealed class InvoiceSearches(AppDbContext db, ReadAccess access)
{
    public async Task<SearchPage> SearchAsync(
        CproCaller caller, Space space, SearchCriteria criteria, CproPaging? paging, bool withSizes, CancellationToken cancellationToken,
        Func<IQueryable<Invoice>, IQueryable<Invoice>>? narrow = null)
    {
        var page = CproPaging.Of(paging);
        var scope = await access.ScopeAsync(caller, space, cancellationToken);
        var visible = scope.IsEmpty ? null : db.Invoices.AsNoTracking().VisibleIn(scope);
        var query = visible is null ? null : InvoiceSearch.Apply(narrow?.Invoke(visible) ?? visible, criteria);
        if (query is null)
        {
            return new SearchPage([], page.Result(0), new Dictionary<int, long>());
        }

        var (total, rows) = await InvoicePaging.ReadAsync(query, page, DefaultOrder(space), cancellationToken);
        var sizes = withSizes && rows.Count > 0 ? await SizesAsync(rows.Select(r => r.Id).ToList(), cancellationToken) : new Dictionary<int, long>();
        return new SearchPage(rows, page.Result(total), sizes);
    }

    /// <summary>The recipient's lists walk the (recipient, mise à disposition, id) index backwards; the other spaces
    /// list the newest invoices first.</summary>
    private static Func<IQueryable<Invoice>, bool, IOrderedQueryable<Invoice>> DefaultOrder(Space space) => space == Space.FacturesRecues
        ? (q, descending) => descending
            ? q.OrderByDescending(i => i.MadeAvailableAtUtc).ThenByDescending(i => i.Id)
            : q.OrderBy(i => i.MadeAvailableAtUtc).ThenBy(i => i.Id)
        : InvoicePaging.ById;

    /// <summary>taille: the bytes of each invoice's files (original, rendering and attachments).</summary>
    private async Task<Dictionary<int, long>> SizesAsync(List<int> ids, CancellationToken cancellationToken) =>
        await db.InvoiceFiles.AsNoTracking().Where(f => ids.Contains(f.InvoiceId))
            .GroupBy(f => f.InvoiceId).Select(g => new { g.Key, Size = g.Sum(f => f.Length) })
            .ToDictionaryAsync(g => g.Key, g => g.Size, cancellationToken);
}
