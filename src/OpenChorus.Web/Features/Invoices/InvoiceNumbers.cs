using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>The rules of the invoice number (DOMAIN.md §3.3): at most 20 characters among letters, digits and
/// - _ / +, not the date of the day, unique per supplier and year.</summary>
public sealed class InvoiceNumbers(AppDbContext db, TimeProvider clock)
{
    public const string Field = "Number";

    public const string Duplicate = "Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure.";

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
        var taken = await db.Invoices.AnyAsync(
            i => i.SupplierStructureId == supplierStructureId && i.NumberYear == year && i.Number == number!.Trim() && i.Id != exceptInvoiceId,
            cancellationToken);
        return taken ? new OutcomeError(Field, Duplicate) : null;
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
