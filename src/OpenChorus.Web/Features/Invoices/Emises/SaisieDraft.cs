using System.Globalization;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>A keyed-in line once read: its net amount is quantity × unit price rounded to the cent (BT-131).</summary>
public sealed record SaisieLine(string Designation, decimal Quantity, string Unit, decimal UnitPrice, decimal VatRate, string? ExemptionReason)
{
    public decimal Net => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A document-level allowance (remise, BG-20) or charge (frais, BG-21).</summary>
public sealed record SaisieAdjustment(decimal Amount, string Reason, decimal VatRate);

/// <summary>
/// The form read and checked field by field (French messages keyed by field, as in the form), with the totals
/// computed as EN 16931 computes them: per VAT rate, base = lines − allowances + charges, VAT = base × rate rounded
/// to the cent (BR-CO-17); document totals BT-106 … BT-115.
/// </summary>
public sealed class SaisieDraft
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public List<OutcomeError> Errors { get; } = [];

    public DateOnly IssueDate { get; private set; }

    public List<SaisieLine> Lines { get; } = [];

    public SaisieAdjustment? Allowance { get; private set; }

    public SaisieAdjustment? Charge { get; private set; }

    public decimal LineTotal => Lines.Sum(l => l.Net);

    public decimal TaxExclusive => LineTotal - (Allowance?.Amount ?? 0) + (Charge?.Amount ?? 0);

    public IReadOnlyList<SaisieVatGroup> VatGroups => Lines.Select(l => l.VatRate).Distinct().Order().Reverse().Select(rate =>
    {
        var lines = Lines.Where(l => l.VatRate == rate).ToList();
        var taxable = lines.Sum(l => l.Net) - (Allowance?.VatRate == rate ? Allowance.Amount : 0) + (Charge?.VatRate == rate ? Charge.Amount : 0);
        return new SaisieVatGroup(rate, taxable, Math.Round(taxable * rate / 100m, 2, MidpointRounding.AwayFromZero),
            rate == 0 ? lines.Select(l => l.ExemptionReason).FirstOrDefault(r => r is not null) : null);
    }).ToList();

    public decimal Vat => VatGroups.Sum(g => g.Tax);

    public decimal TaxInclusive => TaxExclusive + Vat;

    public static SaisieDraft Read(SaisieInput input)
    {
        var draft = new SaisieDraft();
        draft.ReadDate(input.IssueDate);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            if (!input.Lines[i].IsBlank)
            {
                draft.ReadLine(input.Lines[i], $"Lines[{i}].");
            }
        }

        if (draft.Lines.Count == 0 && !draft.Errors.Any(e => e.Field.StartsWith("Lines", StringComparison.Ordinal)))
        {
            draft.Errors.Add(new("Lines[0].Designation", "Saisissez au moins une ligne : désignation, quantité et prix unitaire HT."));
        }

        draft.Allowance = draft.ReadAdjustment(input.AllowanceAmount, input.AllowanceReason, input.AllowanceVatRate, "Allowance", "la remise");
        draft.Charge = draft.ReadAdjustment(input.ChargeAmount, input.ChargeReason, input.ChargeVatRate, "Charge", "les frais");
        if (draft.Errors.Count == 0 && draft.VatGroups.Any(g => g.Taxable < 0))
        {
            draft.Errors.Add(new("AllowanceAmount", "La remise dépasse le montant des lignes à ce taux de TVA."));
        }

        return draft;
    }

    /// <summary>"1 234,50", "1234.5" or "-3": the decimal, or null when it is not a number.</summary>
    public static decimal? ParseNumber(string? text)
    {
        var compact = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '\u00a0' and not '\u202f')).Replace(',', '.');
        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var value) ? value : null;
    }

    private void ReadDate(string? text)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(text?.Trim(), "dd/MM/yyyy", Invariant, DateTimeStyles.None, out date))
        {
            IssueDate = date;
            return;
        }

        Errors.Add(new("IssueDate", string.IsNullOrWhiteSpace(text)
            ? "Indiquez la date de la facture."
            : "La date de la facture n'est pas une date : écrivez-la au format JJ/MM/AAAA."));
    }

    private void ReadLine(SaisieLineInput line, string prefix)
    {
        var designation = line.Designation?.Trim();
        if (string.IsNullOrEmpty(designation))
        {
            Errors.Add(new(prefix + "Designation", "Indiquez la désignation de la ligne."));
        }
        else if (designation.Length > 200)
        {
            Errors.Add(new(prefix + "Designation", "La désignation compte au plus 200 caractères."));
        }

        var quantity = ParseNumber(line.Quantity);
        if (quantity is not > 0 || decimal.Round(quantity.Value, 4) != quantity)
        {
            Errors.Add(new(prefix + "Quantity", "Indiquez une quantité positive, par exemple 2 ou 1,5 (4 décimales au plus)."));
        }

        var price = ParseNumber(line.UnitPrice);
        if (price is not >= 0 || decimal.Round(price.Value, 4) != price || price > 1_000_000_000m)
        {
            Errors.Add(new(prefix + "UnitPrice", "Indiquez le prix unitaire HT, par exemple 120 ou 12,50 (4 décimales au plus)."));
        }

        var unit = SaisieChoices.Units.Any(u => u.Code == line.Unit) ? line.Unit! : null;
        if (unit is null)
        {
            Errors.Add(new(prefix + "Unit", "Choisissez une unité de la liste."));
        }

        var rate = ReadRate(line.VatRate, prefix + "VatRate");
        var reason = line.ExemptionReason?.Trim() is { Length: > 0 } r ? r : null;
        if (rate == 0 && reason is null)
        {
            Errors.Add(new(prefix + "ExemptionReason", "À 0 %, indiquez le motif d'exonération, par exemple « TVA non applicable, art. 293 B du CGI »."));
        }

        if (designation is { Length: > 0 and <= 200 } && quantity is > 0 && price is >= 0 && unit is not null && rate is not null && (rate != 0 || reason is not null))
        {
            Lines.Add(new SaisieLine(designation, quantity.Value, unit, price.Value, rate.Value, rate == 0 ? reason : null));
        }
    }

    private SaisieAdjustment? ReadAdjustment(string? amountText, string? reasonText, string? rateText, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(amountText) && string.IsNullOrWhiteSpace(reasonText))
        {
            return null;
        }

        var amount = ParseNumber(amountText);
        var reason = reasonText?.Trim();
        var rate = ReadRate(rateText, field + "VatRate");
        if (amount is not > 0 || decimal.Round(amount.Value, 2) != amount)
        {
            Errors.Add(new(field + "Amount", $"Indiquez le montant HT de {what}, positif, au centime près (par exemple 50 ou 12,50)."));
        }

        if (string.IsNullOrEmpty(reason) || reason.Length > 100)
        {
            Errors.Add(new(field + "Reason", $"Indiquez le motif de {what} (100 caractères au plus)."));
        }

        if (rate is not null && Lines.Count > 0 && Lines.All(l => l.VatRate != rate))
        {
            Errors.Add(new(field + "VatRate", $"Le taux de TVA de {what} doit être celui d'au moins une ligne."));
            return null;
        }

        return amount is > 0 && rate is not null && reason is { Length: > 0 and <= 100 } ? new SaisieAdjustment(amount.Value, reason, rate.Value) : null;
    }

    private decimal? ReadRate(string? text, string field)
    {
        if (SaisieChoices.VatRates.Any(r => r.Value == text))
        {
            return decimal.Parse(text!, Invariant);
        }

        Errors.Add(new(field, "Choisissez un taux de TVA de la liste."));
        return null;
    }
}

/// <summary>One VAT breakdown (BG-23): standard rate (S) above 0 %, exempt (E) at 0 % with its reason.</summary>
public sealed record SaisieVatGroup(decimal Rate, decimal Taxable, decimal Tax, string? ExemptionReason)
{
    public string Category => Rate == 0 ? "E" : "S";
}
