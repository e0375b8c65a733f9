using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>Sorts by the documented <c>triColonne</c> values we hold, counts, and reads one page of rows.</summary>
public static class InvoicePaging
{
    private static readonly Dictionary<string, Expression<Func<Invoice, object?>>> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IdFacture"] = i => i.Id,
        ["NumeroFacture"] = i => i.Number,
        ["DateFacture"] = i => i.IssueDate,
        ["DateDepot"] = i => i.SentAtUtc,
        ["MontantAPayer"] = i => i.AmountDueCents,
        // Decimals do not sort in SQL on SQLite; as doubles they do, on both providers.
        ["MontantHT"] = i => (double)i.TotalExcludingVat,
        ["MontantTTC"] = i => (double)i.TotalIncludingVat,
        ["Statut"] = i => i.Status,
        ["TypeFacture"] = i => i.Kind,
        ["Devise"] = i => i.Currency,
        ["ModeDepot"] = i => i.DepositMode,
        ["NumeroMarche"] = i => i.ContractNumber,
        ["NumeroBonCommande"] = i => i.EngagementNumber,
        ["NumeroEngagement"] = i => i.EngagementNumber,
        ["IdFournisseur"] = i => i.SupplierStructureId,
        ["CodeFournisseur"] = i => i.SupplierStructure!.Identifier,
        ["IdentifiantFournisseur"] = i => i.SupplierStructure!.Identifier,
        ["DesignationFournisseur"] = i => i.SupplierStructure!.CompanyName,
        ["Fournisseur"] = i => i.SupplierStructure!.CompanyName,
        ["IdDestinataire"] = i => i.RecipientStructureId,
        ["CodeDestinataire"] = i => i.RecipientStructure!.Identifier,
        ["IdentifiantDestinataire"] = i => i.RecipientStructure!.Identifier,
        ["DesignationDestinataire"] = i => i.RecipientStructure!.CompanyName,
        ["Destinataire"] = i => i.RecipientStructure!.CompanyName,
        ["IdServiceExecutant"] = i => i.RecipientServiceId,
        ["CodeServiceExecutant"] = i => i.RecipientService!.Code,
        ["NomServiceExecutant"] = i => i.RecipientService!.Name,
        ["FactureTelechargeeParDestinataire"] = i => i.DownloadedByRecipientAtUtc == null ? 0 : 1,
    };

    /// <summary>A page of the search: the rows and the total (bounded by nbResultatsMaximum). Without a column we
    /// know, <paramref name="defaultOrder"/> sorts, newest first unless the client asks "Ascendant".</summary>
    public static async Task<(int Total, List<InvoiceRow> Rows)> ReadAsync(
        IQueryable<Invoice> query, CproPaging paging, Func<IQueryable<Invoice>, bool, IOrderedQueryable<Invoice>> defaultOrder, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        if (paging.NbResultatsMaximum is > 0 and { } maximum)
        {
            total = Math.Min(total, maximum);
        }

        var take = Math.Min(paging.Size, total - paging.Skip);
        if (take <= 0)
        {
            return (total, []);
        }

        var ordered = paging.TriColonne?.Trim() is { } column && Columns.TryGetValue(column, out var key)
            ? (paging.Descending ? query.OrderByDescending(key) : query.OrderBy(key)).ThenBy(i => i.Id)
            : defaultOrder(query, paging.Descending || (paging.TriSens ?? paging.TriSense) is null);
        var rows = await InvoiceRow.Project(ordered.Skip(paging.Skip).Take(take)).ToListAsync(cancellationToken);
        return (total, rows);
    }

    public static IOrderedQueryable<Invoice> ById(IQueryable<Invoice> query, bool descending) =>
        descending ? query.OrderByDescending(i => i.Id) : query.OrderBy(i => i.Id);
}
