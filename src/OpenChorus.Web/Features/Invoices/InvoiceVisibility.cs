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

    public static IQueryable<Invoice> VisibleIn(this IQueryable<Invoice> invoices, InvoiceScope scope)
    {
        var whole = scope.WholeStructures;
        return scope.Space switch
        {
            Space.FacturesEmises => invoices.Where(i => whole.Contains(i.SupplierStructureId)),
            Space.FacturesAValider => invoices.Where(i => i.ValidatorStructureId != null && whole.Contains(i.ValidatorStructureId.Value)
                                                         && i.Status != InvoiceStatus.Brouillon),
            Space.FacturesRecues => RecipientView(invoices, scope),
            _ => invoices.Where(_ => false),
        };
    }

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
        var (whole, restricted, services) = (scope.WholeStructures, scope.RestrictedStructures, scope.Services);
        var statuses = RecipientStatuses;
        return invoices.Where(i => i.RecipientStructureId != null && statuses.Contains(i.Status)
                                   && (whole.Contains(i.RecipientStructureId.Value)
                                       || (restricted.Contains(i.RecipientStructureId.Value) && i.RecipientServiceId != null
                                           && services.Contains(i.RecipientServiceId.Value))));
    }
}
