using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>The rules of the invoice number (DOMAIN.md §3.3): at most 20 characters among letters, digits and
/// - _ / +, not the date of the day, unique per supplier and year (a PDF deposited through the API and not sent yet holds none).</summary>
public sealed class InvoiceNumbers(AppDbContext db, TimeProvider clock)
{
    public const string Field = "Number";

    public const string Duplicate = "Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure.";

    // Numbers looked up in one query for a batch of new invoices (a flux): per supplier, those looked up and those taken.
    private readonly Dictionary<int, (HashSet<string> Looked, HashSet<string> Taken)> _known = [];
    private int _knownYear;

    /// <summary>The message for a number that breaks a rule, or null. <paramref name="exceptInvoiceId"/> is the draft
    /// being sent, which may keep its own number.</summary>
    public async Task<OutcomeError?> CheckAsync(string? number, int supplierStructureId, int? exceptInvoiceId, CancellationToken cancellationToken)
    {
        var message = FormatError(number, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (message is not null)
        {
            return new OutcomeError(Field, message);
        }

        var year = YearNow();
        if (exceptInvoiceId is null && year == _knownYear && _known.TryGetValue(supplierStructureId, out var known) && known.Looked.Contains(number!.Trim()))
        {
            return known.Taken.Contains(number.Trim()) ? new OutcomeError(Field, Duplicate) : null;
        }

        var taken = await db.Invoices.AnyAsync(
            i => i.SupplierStructureId == supplierStructureId && i.NumberYear == year && i.Number == number!.Trim() && i.Id != exceptInvoiceId
                 && i.Status != InvoiceStatus.InterpreteeOcr,
            cancellationToken);
        return taken ? new OutcomeError(Field, Duplicate) : null;
    }

    /// <summary>Looks up at once which of these numbers of new invoices are taken this year, for the next
    /// <see cref="CheckAsync"/> calls to answer from memory until <see cref="Forget"/> (a flux checks its invoices in one
    /// query; the unique index still refuses a number taken between this look-up and the save).</summary>
    public async Task RememberAsync(IReadOnlyCollection<(int SupplierStructureId, string? Number)> numbers, CancellationToken cancellationToken)
    {
        Forget();
        var wanted = numbers.Where(n => n.Number?.Trim() is { Length: > 0 and <= Invoice.NumberMaxLength })
            .Select(n => (Supplier: n.SupplierStructureId, Number: n.Number!.Trim())).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var year = YearNow();
        var suppliers = wanted.Select(w => w.Supplier).Distinct().ToList();
        var texts = wanted.Select(w => w.Number).Distinct().ToList();
        var taken = await db.Invoices.Where(i => i.NumberYear == year && suppliers.Contains(i.SupplierStructureId) && texts.Contains(i.Number)
                && i.Status != InvoiceStatus.InterpreteeOcr)
            .Select(i => new { i.SupplierStructureId, i.Number }).ToListAsync(cancellationToken);
        _knownYear = year;
        foreach (var (supplier, number) in wanted)
        {
            if (!_known.TryGetValue(supplier, out var known))
            {
                _known[supplier] = known = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            }

            known.Looked.Add(number);
        }

        foreach (var row in taken)
        {
            if (_known.TryGetValue(row.SupplierStructureId, out var known))
            {
                known.Taken.Add(row.Number);
            }
        }
    }

    /// <summary>Drops what <see cref="RememberAsync"/> looked up: the next checks ask the database again.</summary>
    public void Forget()
    {
        _known.Clear();
        _knownYear = 0;
    }

    public int YearNow() => clock.GetUtcNow().UtcDateTime.Year;

    public static string? FormatError(string? number, DateOnly today)
    {
        var trimmed = number?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return "Indiquez le numéro de la facture.";
        }

        if (trimmed.Length > Invoice.NumberMaxLength)
        {
            return $"Le numéro de facture compte au plus {Invoice.NumberMaxLength} caractères (il en a {trimmed.Length}).";
        }

        if (!trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '+'))
        {
            return "Le numéro de facture ne peut contenir que des lettres sans accent, des chiffres et les caractères - _ / +.";
        }

        return trimmed == today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            ? "La date du jour n'est pas un numéro de facture : indiquez le numéro qui figure sur la facture."
            : null;
    }
}
