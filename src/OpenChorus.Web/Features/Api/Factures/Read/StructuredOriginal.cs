using OpenChorus.Formats.Validation;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using Model = OpenChorus.Formats.Model;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>
/// What only the structured original knows (UBL, CII or Factur-X read by the formats library): the lines, the VAT
/// breakdown, the payment means and due date, the VAT regime. A PDF without data, or a file the store lost, has none.
/// </summary>
public sealed record StructuredOriginal(Model.Invoice Invoice)
{
    private static readonly HashSet<string> ExemptCategories = ["E", "AE", "K", "G"];

    public static async Task<StructuredOriginal?> ReadAsync(IDocumentStore store, InvoiceFile? original, CancellationToken cancellationToken)
    {
        if (original is null || await store.GetAsync(original.Sha256, cancellationToken) is not { } bytes)
        {
            return null;
        }

        var report = InvoiceValidator.Validate(bytes);
        return report.Detection.IsEn16931Invoice && report.Invoice is { } invoice ? new StructuredOriginal(invoice) : null;
    }

    public IReadOnlyList<InvoiceLineItem> Lines => Invoice.Lines.Select((line, index) => new InvoiceLineItem
    {
        LignePosteNumero = long.TryParse(line.Id, out var number) ? number : index + 1,
        LignePosteReference = line.Item.SellerId ?? line.Item.BuyerId,
        LignePosteDenomination = line.Item.Name,
        LignePosteQuantite = line.Quantity,
        LignePosteUniteLibelle = line.QuantityUnitCode,
        LignePosteMontantUnitaireHT = line.Price.NetPrice,
        LignePosteMontantRemiseHT = line.AllowanceCharges.Where(a => !a.IsCharge).Sum(a => a.Amount) is { } discount && discount != 0 ? discount : null,
        LignePosteTauxTvaManuel = line.VatRate,
        LignePosteMontantHtApresRemise = line.NetAmount,
        LignePosteMontantTva = Vat(line),
        LignePosteMontantTtcApresRemise = line.NetAmount + Vat(line),
    }).ToList();

    public IReadOnlyList<VatLine> VatLines => Invoice.VatBreakdowns.Select(v => new VatLine
    {
        LigneTvaTauxManuel = v.Rate,
        LigneTvaMontantBaseHtParTaux = v.TaxableAmount,
        LigneTvaMontantTvaParTaux = v.TaxAmount,
    }).ToList();

    /// <summary>typeTva: exemption, no VAT, VAT on payments (BT-8 = 432) or on debits.</summary>
    public string TypeTva => Invoice.VatBreakdowns.Select(v => v.CategoryCode).ToList() switch
    {
        var codes when codes.Count > 0 && codes.All(c => c == "O") => "SANS_TVA",
        var codes when codes.Count > 0 && codes.All(c => c is not null && ExemptCategories.Contains(c)) => "EXONERATION",
        _ => Invoice.TaxPointDateCode == "432" ? "TVA_SUR_ENCAISSEMENT" : "TVA_SUR_DEBIT",
    };

    public string? ExemptionReason => Invoice.VatBreakdowns.Select(v => v.ExemptionReasonCode ?? v.ExemptionReason).FirstOrDefault(r => r is not null);

    /// <summary>modePaiement from the payment means code (UNTDID 4461, BT-81).</summary>
    public string? PaymentMode => (Invoice.PaymentInstructions.Count > 0 ? Invoice.PaymentInstructions[0].MeansCode?.Trim() : null) switch
    {
        null => null,
        "30" or "31" or "42" or "58" => "VIREMENT",
        "49" or "59" => "PRELEVEMENT",
        "20" => "CHEQUE",
        "10" => "ESPECE",
        "97" => "REPORT",
        _ => "AUTRE",
    };

    public DateOnly? DueDate => Invoice.DueDate;

    public string? PrecedingNumber => Invoice.PrecedingInvoices.Count > 0 ? Invoice.PrecedingInvoices[0].Number : null;

    private static decimal? Vat(Model.InvoiceLine line) =>
        line.NetAmount is { } net && line.VatRate is { } rate ? Math.Round(net * rate / 100m, 2, MidpointRounding.AwayFromZero) : null;
}
