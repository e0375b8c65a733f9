using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>Chorus Pro codes the read side answers with or filters on (README §6), beyond <see cref="CproCodes"/>.</summary>
public static class ReadCodes
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>typeIdentifiantStructure.</summary>
    public static string Code(this IdentifierType type) => type switch
    {
        IdentifierType.Siret => "SIRET",
        IdentifierType.UeHorsFrance => "UE_HORS_FRANCE",
        IdentifierType.HorsUe => "HORS_UE",
        IdentifierType.Ridet => "RIDET",
        IdentifierType.Tahiti => "TAHITI",
        IdentifierType.Particulier => "PARTICULIER",
        _ => "AUTRE",
    };

    public static string? Code(this IdentifierType? type) => type?.Code();

    /// <summary>A modeDepot code back to our deposit mode; null for the modes we never record.</summary>
    public static DepositMode? DepositModeFromCode(string? code) =>
        Enum.GetValues<DepositMode>().Cast<DepositMode?>().FirstOrDefault(m => m!.Value.Code() == code?.Trim().ToUpperInvariant());

    /// <summary>The first instant of a Paris calendar day, in UTC: what a "du" bound of a deposit period means.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Paris);

    /// <summary>typeDemandePaiement: the portal only holds invoices (no works invoices, mémoires or remboursements).</summary>
    public const string PaymentRequestType = "FACTURE";

    public static bool IsInvoiceRequestType(string? code) =>
        string.IsNullOrWhiteSpace(code) || code.Trim().Equals(PaymentRequestType, StringComparison.OrdinalIgnoreCase);
}
