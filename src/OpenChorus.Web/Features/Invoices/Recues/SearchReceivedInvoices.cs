using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>
/// The received invoices a user may see, filtered and paged in SQL: every query starts from
/// <see cref="InvoiceVisibility.VisibleIn"/>, compares amounts in cents, and projects only the listed columns.
/// </summary>
public sealed class SearchReceivedInvoices(AppDbContext db, AccessService access)
{
    // Scoped to one request: the user's rights are read once per request, and again on the next one.
    private readonly Dictionary<Guid, InvoiceScope> _scopes = [];

    public async Task<ReceivedInvoicePage> HandleAsync(Guid userId, ReceivedInvoiceFilter filter, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(userId, cancellationToken);
        if (scope.IsEmpty)
        {
            return new ReceivedInvoicePage([], 0, 1, filter.PageSize);
        }

        var query = Filter(db.Invoices.AsNoTracking().VisibleIn(scope), filter);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderByDescending(i => i.MadeAvailableAtUtc).ThenByDescending(i => i.Id)
            .Skip((page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(i => new ReceivedInvoiceRow(
                i.Id, i.Number, i.SupplierName, i.SupplierStructure!.Identifier, i.RecipientStructure!.CompanyName,
                i.RecipientService == null ? null : i.RecipientService.Code,
                i.MadeAvailableAtUtc, i.TotalIncludingVat, i.Currency, i.Status))
            .ToListAsync(cancellationToken);
        return new ReceivedInvoicePage(rows, total, page, filter.PageSize);
    }

    /// <summary>The number of invoices to process per structure and status (the Synthèse's counts).</summary>
    public async Task<IReadOnlyList<StatusCount>> CountToProcessAsync(Guid userId, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(userId, cancellationToken);
        if (scope.IsEmpty)
        {
            return [];
        }

        var statuses = InvoiceStatuses.ToProcess;
        return await db.Invoices.AsNoTracking().VisibleIn(scope).Where(i => statuses.Contains(i.Status))
            .GroupBy(i => new { i.RecipientStructureId, i.Status })
            .Select(g => new StatusCount(g.Key.RecipientStructureId!.Value, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The services the user may filter on: every service of a structure seen whole, only theirs elsewhere.</summary>
    public async Task<IReadOnlyList<ServiceOption>> ServicesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(userId, cancellationToken);
        var (whole, services) = (scope.WholeStructures, scope.Services);
        return await db.Services.AsNoTracking()
            .Where(s => whole.Contains(s.StructureId) || services.Contains(s.Id))
            .OrderBy(s => s.Structure!.CompanyName).ThenBy(s => s.Code)
            .Select(s => new ServiceOption(s.Id, s.Code, s.Name, s.Structure!.CompanyName))
            .ToListAsync(cancellationToken);
    }

    private async Task<InvoiceScope> ScopeAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!_scopes.TryGetValue(userId, out var scope))
        {
            _scopes[userId] = scope = await access.InvoiceScopeAsync(userId, Space.FacturesRecues, AccessMode.Consultation, cancellationToken);
        }

        return scope;
    }

    private static IQueryable<Invoice> Filter(IQueryable<Invoice> query, ReceivedInvoiceFilter filter)
    {
        if (filter.Statuses.Count == 1)
        {
            var status = filter.Statuses[0];
            query = query.Where(i => i.Status == status);
        }
        else if (filter.Statuses.Count > 1)
        {
            var statuses = filter.Statuses;
            query = query.Where(i => statuses.Contains(i.Status));
        }

        if (filter.StructureId is { } structureId)
        {
            query = query.Where(i => i.RecipientStructureId == structureId);
        }

        if (filter.ServiceId is { } serviceId)
        {
            query = query.Where(i => i.RecipientServiceId == serviceId);
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(i => i.MadeAvailableAtUtc >= from);
        }

        if (filter.BeforeUtc is { } before)
        {
            query = query.Where(i => i.MadeAvailableAtUtc < before);
        }

        if (filter.MinAmountCents is { } min)
        {
            query = query.Where(i => i.AmountDueCents >= min);
        }

        if (filter.MaxAmountCents is { } max)
        {
            query = query.Where(i => i.AmountDueCents <= max);
        }

        if (filter.Number is { } number)
        {
            query = query.Where(i => i.Number.StartsWith(number));
        }

        if (filter.Supplier is { } supplier)
        {
            var digits = supplier.Replace(" ", "", StringComparison.Ordinal);
            var key = Structure.KeyOf(supplier);
            query = digits.All(char.IsAsciiDigit)
                ? query.Where(i => i.SupplierStructure!.Identifier == digits)
                : query.Where(i => i.SupplierStructure!.CompanyNameKey.Contains(key));
        }

        return query;
    }
}

public sealed record StatusCount(int StructureId, InvoiceStatus Status, int Count);

public sealed record ServiceOption(int Id, string Code, string Name, string StructureName);
