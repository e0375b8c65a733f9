using System.Globalization;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Recues;

/// <summary>
/// The search criteria as the GET query carries them (so a search is a link), checked into a
/// <see cref="ReceivedInvoiceFilter"/>; what cannot be read gets a French message keyed by its parameter.
/// </summary>
public sealed class SearchForm
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>A status code (MISE_A_DISPOSITION…), or empty for all.</summary>
    public string? Status { get; set; }

    /// <summary>Date of mise à disposition, from (yyyy-MM-dd, as an input of type date sends it).</summary>
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Supplier { get; set; }

    public string? Number { get; set; }

    public string? MinAmount { get; set; }

    public string? MaxAmount { get; set; }

    public int? Service { get; set; }

    public int? Structure { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = ReceivedInvoiceFilter.MinPageSize;

    /// <summary>The filter, or the messages of the fields that could not be read.</summary>
    public (ReceivedInvoiceFilter Filter, IReadOnlyList<OutcomeError> Errors) Check(IReadOnlyList<InvoiceStatus>? defaultStatuses = null)
    {
        var errors = new List<OutcomeError>();
        var statuses = defaultStatuses ?? [];
        if (!string.IsNullOrWhiteSpace(Status))
        {
            var status = InvoiceStatuses.FromCode(Status.Trim());
            if (status is { } s && InvoiceVisibility.RecipientStatuses.Contains(s))
            {
                statuses = [s];
            }
            else
            {
                errors.Add(new OutcomeError(nameof(Status), "Choisissez un statut de la liste."));
            }
        }

        var from = Day(From, nameof(From), "de début", errors);
        var to = Day(To, nameof(To), "de fin", errors);
        if (from is not null && to is not null && to < from)
        {
            errors.Add(new OutcomeError(nameof(To), "La date de fin doit suivre la date de début."));
        }

        var min = Cents(MinAmount, nameof(MinAmount), errors);
        var max = Cents(MaxAmount, nameof(MaxAmount), errors);
        if (min is not null && max is not null && max < min)
        {
            errors.Add(new OutcomeError(nameof(MaxAmount), "Le montant maximum doit être supérieur ou égal au montant minimum."));
        }

        var filter = new ReceivedInvoiceFilter
        {
            Statuses = statuses,
            FromUtc = from is { } f ? StartOfDayUtc(f) : null,
            BeforeUtc = to is { } t ? StartOfDayUtc(t.AddDays(1)) : null,
            Supplier = Trimmed(Supplier),
            Number = Trimmed(Number),
            MinAmountCents = min,
            MaxAmountCents = max,
            ServiceId = Service,
            StructureId = Structure,
            Page = Math.Max(1, Page),
            PageSize = Math.Clamp(PageSize, ReceivedInvoiceFilter.MinPageSize, ReceivedInvoiceFilter.MaxPageSize),
        };
        return (filter, errors);
    }

    /// <summary>The query string of this search on another page (for the pagination links).</summary>
    public string QueryFor(int page)
    {
        var values = new (string Name, string? Value)[]
        {
            ("status", Status), ("from", From), ("to", To), ("supplier", Supplier), ("number", Number),
            ("minAmount", MinAmount), ("maxAmount", MaxAmount), ("service", Service?.ToString(CultureInfo.InvariantCulture)),
            ("structure", Structure?.ToString(CultureInfo.InvariantCulture)),
            ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)), ("page", page.ToString(CultureInfo.InvariantCulture)),
        };
        return "?" + string.Join("&", values.Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!.Trim())}"));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Paris);

    private static DateOnly? Day(string? value, string field, string which, List<OutcomeError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(new OutcomeError(field, $"Indiquez une date {which} valide, au format JJ/MM/AAAA."));
        return null;
    }

    private static long? Cents(string? value, string field, List<OutcomeError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // "1 200,50" as typed in French, or "1200.50" as a number input sends it.
        var plain = new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace(',', '.');
        if (decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount < 1_000_000_000_000m)
        {
            return (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
        }

        errors.Add(new OutcomeError(field, "Indiquez un montant en euros, par exemple 1200,50."));
        return null;
    }
}
