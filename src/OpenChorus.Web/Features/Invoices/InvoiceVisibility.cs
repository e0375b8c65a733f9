using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>The one filter that turns an <see cref="InvoiceScope"/> into the invoices it shows.</summary>
public static class InvoiceVisibility
{
    /// <summary>What a recipient sees: from the mise à disposition on, never drafts nor invoices still with a validator.</summary>
    public static readonly IReadOnlyList<InvoiceStatus> RecipientStatuses =
    [
        InvoiceStatus.MiseADisposition, InvoiceStatus.ARecycler, InvoiceStatus.Suspendue, InvoiceStatus.Completee,
        InvoiceStatus.Rejetee, InvoiceStatus.ServiceFait, InvoiceStatus.Mandatee, InvoiceStatus.MiseADispositionComptable,
        InvoiceStatus.Comptabilisee, InvoiceStatus.MiseEnPaiement,
    ];

    /// <remarks>The predicate is built for the scope at hand — an equality for one structure, no service branch when
    /// no service restriction applies — so that PostgreSQL walks an index in date order instead of sorting every
    /// invoice of a large recipient (see bench/OpenChorus.Portal.Benchmarks).</remarks>
    public static IQueryable<Invoice> VisibleIn(this IQueryable<Invoice> invoices, InvoiceScope scope) => scope.Space switch
    {
        Space.FacturesEmises => invoices.Where(In(i => i.SupplierStructureId, scope.WholeStructures)),
        Space.FacturesAValider => invoices.Where(i => i.Status != InvoiceStatus.Brouillon)
            .Where(In(i => i.ValidatorStructureId, scope.WholeStructures)),
        Space.FacturesRecues => RecipientView(invoices, scope),
        _ => invoices.Where(_ => false),
    };

    /// <summary>The invoice when the user may see it (or act on it, with <see cref="AccessMode.Modification"/>) in the
    /// space; null otherwise, which pages answer with 404.</summary>
    public static async Task<Invoice?> FindVisibleAsync(
        this IQueryable<Invoice> invoices, AccessService access, Guid userId, Space space, AccessMode mode, int invoiceId, CancellationToken cancellationToken)
    {
        var scope = await access.InvoiceScopeAsync(userId, space, mode, cancellationToken);
        return scope.IsEmpty ? null : await invoices.VisibleIn(scope).SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
    }

    private static IQueryable<Invoice> RecipientView(IQueryable<Invoice> invoices, InvoiceScope scope)
    {
        var statuses = RecipientStatuses;
        invoices = invoices.Where(i => statuses.Contains(i.Status));
        var (whole, restricted, services) = (scope.WholeStructures, scope.RestrictedStructures, scope.Services);
        if (restricted.Count == 0)
        {
            return invoices.Where(In(i => i.RecipientStructureId, whole));
        }

        return whole.Count == 0
            ? invoices.Where(i => i.RecipientStructureId != null && restricted.Contains(i.RecipientStructureId.Value)
                                  && i.RecipientServiceId != null && services.Contains(i.RecipientServiceId.Value))
            : invoices.Where(i => i.RecipientStructureId != null
                                  && (whole.Contains(i.RecipientStructureId.Value)
                                      || (restricted.Contains(i.RecipientStructureId.Value) && i.RecipientServiceId != null
                                          && services.Contains(i.RecipientServiceId.Value))));
    }

    /// <summary><c>key == id</c> for one structure (an index range in date order), <c>ids.Contains(key)</c> for several;
    /// the key is an <c>int</c> or an <c>int?</c> column.</summary>
    private static Expression<Func<Invoice, bool>> In<TKey>(Expression<Func<Invoice, TKey>> key, IReadOnlyList<int> ids)
    {
        var values = ids.Select(id => (TKey)(object)id).ToList();
        Expression test = values.Count == 1
            ? Expression.Equal(key.Body, Parameter(values[0]))
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], Parameter(values), key.Body);
        return Expression.Lambda<Func<Invoice, bool>>(test, key.Parameters);
    }

    /// <summary>A value read from a closure, which EF Core sends as a SQL parameter (one cached plan for every user)
    /// rather than as a literal.</summary>
    private static Expression Parameter<TValue>(TValue value) => ((Expression<Func<TValue>>)(() => value)).Body;
}
