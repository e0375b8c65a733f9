using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Features.Api.Factures;

/// <summary>The Chorus Pro codes of our invoice enums (README §6), both ways. Statuses have theirs in
/// <see cref="InvoiceStatuses.Code"/> / <see cref="InvoiceStatuses.FromCode"/>, cadres in <see cref="InvoiceFrames.Code"/>.</summary>
public static class CproCodes
{
    /// <summary>modeDepot as the read side reports it.</summary>
    public static string Code(this DepositMode mode) => mode switch
    {
        DepositMode.SaisieWeb => "SAISIE_WEB",
        DepositMode.PortailPdf => "PORTAIL_PDF",
        DepositMode.PortailXml => "UPLOAD_PORTAIL",
        DepositMode.SaisieApi => "SAISIE_API",
        DepositMode.DepotPdfApi => "DEPOT_PDF_API",
        _ => "EDI",
    };

    /// <summary>typeFacture: FACTURE or AVOIR.</summary>
    public static string Code(this InvoiceKind kind) => kind == InvoiceKind.Avoir ? "AVOIR" : "FACTURE";

    public static InvoiceKind? KindFromCode(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "FACTURE" => InvoiceKind.Facture,
        "AVOIR" => InvoiceKind.Avoir,
        _ => null,
    };

    /// <summary>A cadre from its code (A1_FACTURE_FOURNISSEUR…) or its short form (A1); null for the cadres we do not
    /// handle (works, justice).</summary>
    public static InvoiceFrame? FrameFromCode(string? code)
    {
        var value = code?.Trim().ToUpperInvariant();
        return Enum.GetValues<InvoiceFrame>().Cast<InvoiceFrame?>()
            .FirstOrDefault(f => f!.Value.Code() == value || f.Value.ToString() == value);
    }

    /// <summary>A status from its code, tolerating case and spaces.</summary>
    public static InvoiceStatus? StatusFromCode(string? code) => InvoiceStatuses.FromCode(code?.Trim().ToUpperInvariant());
}
