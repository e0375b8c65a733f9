using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>
/// Applies <see cref="SearchCriteria"/> in SQL on a query that already went through
/// <see cref="InvoiceVisibility.VisibleIn"/>. A criterion no invoice of ours can meet (a works cadre, a status or a
/// deposit mode we never record) answers null: the search is empty.
/// </summary>
public static class InvoiceSearch
{
    public static IQueryable<Invoice>? Apply(IQueryable<Invoice> query, SearchCriteria c)
    {
        if (!ReadCodes.IsInvoiceRequestType(c.RequestType))
        {
            return null;
        }

        if (c.Flux.Given)
        {
            if (c.Flux.Id is not { } fluxId)
            {
                return null;
            }

            query = query.Where(i => i.FluxDepotId == fluxId);
        }

        if (c.Statuses.Count > 0)
        {
            var statuses = c.Statuses.Select(CproCodes.StatusFromCode).OfType<InvoiceStatus>().Distinct().ToList();
            if (statuses.Count == 0)
            {
                return null;
            }

            query = statuses.Count == 1 ? query.Where(i => i.Status == statuses[0]) : query.Where(i => statuses.Contains(i.Status));
        }

        if (c.Kinds.Count > 0)
        {
            var kinds = c.Kinds.Select(CproCodes.KindFromCode).OfType<InvoiceKind>().Distinct().ToList();
            if (kinds.Count == 0)
            {
                return null;
            }

            query = query.Where(i => kinds.Contains(i.Kind));
        }

        if (!string.IsNullOrWhiteSpace(c.Frame))
        {
            if (CproCodes.FrameFromCode(c.Frame) is not { } frame)
            {
                return null;
            }

            query = query.Where(i => i.Frame == frame);
        }

        if (!string.IsNullOrWhiteSpace(c.DepositMode))
        {
            if (ReadCodes.DepositModeFromCode(c.DepositMode) is not { } mode)
            {
                return null;
            }

            query = query.Where(i => i.DepositMode == mode);
        }

        if (c.Number?.Trim() is { Length: > 0 } number)
        {
            query = query.Where(i => i.Number.StartsWith(number));
        }

        query = Structures(query, c);
        query = Periods(query, c);
        query = Amounts(query, c);
        if (c.Contract?.Trim() is { Length: > 0 } contract)
        {
            query = query.Where(i => i.ContractNumber == contract);
        }

        if (c.Engagement?.Trim() is { Length: > 0 } engagement)
        {
            query = query.Where(i => i.EngagementNumber == engagement);
        }

        if (c.RejectionAcknowledged is { } acknowledged)
        {
            query = acknowledged ? query.Where(i => i.RejectionAcknowledgedAtUtc != null) : query.Where(i => i.RejectionAcknowledgedAtUtc == null);
        }

        if (c.Downloaded is { } downloaded)
        {
            query = downloaded ? query.Where(i => i.DownloadedByRecipientAtUtc != null) : query.Where(i => i.DownloadedByRecipientAtUtc == null);
        }

        return query;
    }

    private static IQueryable<Invoice> Structures(IQueryable<Invoice> query, SearchCriteria c)
    {
        var suppliers = Int(c.SupplierIds);
        if (suppliers.Count > 0)
        {
            query = suppliers.Count == 1 ? query.Where(i => i.SupplierStructureId == suppliers[0]) : query.Where(i => suppliers.Contains(i.SupplierStructureId));
        }

        var recipients = Int(c.RecipientIds);
        if (recipients.Count > 0)
        {
            query = recipients.Count == 1
                ? query.Where(i => i.RecipientStructureId == recipients[0])
                : query.Where(i => i.RecipientStructureId != null && recipients.Contains(i.RecipientStructureId.Value));
        }

        var services = Int(c.ServiceIds);
        if (services.Count > 0)
        {
            query = query.Where(i => i.RecipientServiceId != null && services.Contains(i.RecipientServiceId.Value));
        }

        if (c.ValidatorId is > 0 and <= int.MaxValue)
        {
            var validator = (int)c.ValidatorId.Value;
            query = query.Where(i => i.ValidatorStructureId == validator);
        }

        return query;
    }

    private static IQueryable<Invoice> Periods(IQueryable<Invoice> query, SearchCriteria c)
    {
        if (c.DepositFrom is { } depositFrom)
        {
            var from = ReadCodes.StartOfDayUtc(depositFrom);
            query = query.Where(i => i.SentAtUtc >= from);
        }

        if (c.DepositTo is { } depositTo)
        {
            var before = ReadCodes.StartOfDayUtc(depositTo.AddDays(1));
            query = query.Where(i => i.SentAtUtc < before);
        }

        if (c.IssueFrom is { } issueFrom)
        {
            query = query.Where(i => i.IssueDate >= issueFrom);
        }

        if (c.IssueTo is { } issueTo)
        {
            query = query.Where(i => i.IssueDate <= issueTo);
        }

        if (c.StateFrom is { } stateFrom)
        {
            query = query.Where(i => i.UpdatedAtUtc >= stateFrom);
        }

        if (c.StateTo is { } stateTo)
        {
            query = query.Where(i => i.UpdatedAtUtc <= stateTo);
        }

        return query;
    }

    private static IQueryable<Invoice> Amounts(IQueryable<Invoice> query, SearchCriteria c)
    {
        // Amounts due are compared in cents (decimals do not compare in SQL on SQLite); the totals, rarely filtered,
        // are compared as they are.
        if (c.DueMin is { } dueMin)
        {
            var cents = (long)Math.Ceiling(dueMin * 100m);
            query = query.Where(i => i.AmountDueCents >= cents);
        }

        if (c.DueMax is { } dueMax)
        {
            var cents = (long)Math.Floor(dueMax * 100m);
            query = query.Where(i => i.AmountDueCents <= cents);
        }

        if (c.ExclusiveMin is { } htMin)
        {
            query = query.Where(i => i.TotalExcludingVat >= htMin);
        }

        if (c.ExclusiveMax is { } htMax)
        {
            query = query.Where(i => i.TotalExcludingVat <= htMax);
        }

        if (c.InclusiveMin is { } ttcMin)
        {
            query = query.Where(i => i.TotalIncludingVat >= ttcMin);
        }

        if (c.InclusiveMax is { } ttcMax)
        {
            query = query.Where(i => i.TotalIncludingVat <= ttcMax);
        }

        return query;
    }

    private static List<int> Int(IReadOnlyList<long> ids) => ids.Where(id => id <= int.MaxValue).Select(id => (int)id).ToList();
}
