using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>The routing of a brouillon: it may be incomplete (no SIRET yet, service or engagement still missing),
/// but what is typed must be right: a PDF invoice cannot be saved for a recipient that is unknown or inactive
/// (DOMAIN.md §2.4), nor with a service code the recipient does not have.</summary>
public static class DraftRouting
{
    public static async Task<RoutingResult> CheckAsync(InvoiceRouting routing, DepositForm form, List<OutcomeError> errors, CancellationToken cancellationToken)
    {
        var checkedRoute = await routing.CheckAsync(form.Route, form.StructureId, cancellationToken);
        var siretTyped = InvoiceRouting.Compact(form.RecipientSiret) is not null;
        var serviceTyped = !string.IsNullOrWhiteSpace(form.ServiceCode);
        var validatorTyped = InvoiceRouting.Compact(form.ValidatorSiret) is not null;
        foreach (var error in checkedRoute.Errors)
        {
            var keep = error.Field switch
            {
                InvoiceRouting.RecipientField => siretTyped,
                InvoiceRouting.ServiceField => serviceTyped && checkedRoute.Recipient is not null && checkedRoute.Service is null
                                               && error == checkedRoute.Errors.First(e => e.Field == InvoiceRouting.ServiceField),
                InvoiceRouting.EngagementField => form.EngagementNumber?.Trim() is { Length: > Invoice.EngagementMaxLength },
                InvoiceRouting.ValidatorField => validatorTyped,
                _ => false,
            };
            if (keep)
            {
                errors.Add(error);
            }
        }

        return checkedRoute;
    }
}
