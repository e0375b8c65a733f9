namespace OpenChorus.Formats.Conformance;

/// <summary>
/// Why some officially valid corpus documents do not survive the round trip: each exception names the documents it
/// covers (a folder and the failure it explains) and the reason. A failure no exception explains fails the test.
/// </summary>
internal static class RoundTripExceptions
{
    private static readonly RoundTripException[] All =
    [
        new("UBL-VAT-BREAKDOWN-UNUSED", "ubl/xrechnung-schematron-2.0.1-generated/", "cross syntax: our validator rejects it: BR-E-01",
            "The XRechnung generated UBL mutations share a base document with a VAT breakdown of category E that no line, " +
            "allowance or charge uses. The official UBL artefacts count the breakdown itself as a use of E (BR-E-01 " +
            "passes); the official CII artefacts count only lines, allowances and charges, so the same invoice in CII " +
            "breaks BR-E-01 (and, on the allowance mutations, BR-S-08). The CII written is faithful; the source is what " +
            "CII refuses."),
        new("CII-GRAND-TOTAL", "cii/", "cross syntax: our validator rejects it: BR-CO-15",
            "The source's grand total (BT-112) is not the total without VAT plus the VAT total (BT-109 + BT-110): the " +
            "official CII artefacts let it pass, the UBL ones (BR-CO-15) do not. Written faithfully, UBL refuses it."),
        new("UBL-ONE-BUYER-ID", "cii/", "cross syntax: model differs at Buyer.Identifiers",
            "The buyer has several identifiers (BT-46); UBL allows one (UBL-SR-16): the others are reported as lost."),
        new("UBL-ONE-BUYER-ID", "facturx/", "cross syntax: model differs at Buyer.Identifiers",
            "The buyer has several identifiers (BT-46); UBL allows one (UBL-SR-16): the others are reported as lost."),
        new("CII-ONE-PRECEDING-INVOICE", "ubl/", "cross syntax: model differs at PrecedingInvoices",
            "Several preceding invoice references (BG-3); CII D16B has one: the others are reported as lost."),
        new("CII-ONE-PAYMENT-REFERENCE", "ubl/", "cross syntax: model differs at PaymentInstructions[",
            "Several payment means, only one with a remittance information (BT-83) or a mandate reference (BT-89); CII " +
            "has one of each for the whole invoice, so when read back it applies to every payment means."),
        new("UBL-ONE-MANDATE", "cii/", "cross syntax: model differs at PaymentInstructions[",
            "Several payment means under one direct debit mandate (BT-89, held once for the whole CII invoice); UBL " +
            "allows one payment mandate (UBL-SR-55), written on the first payment means."),
    ];

    public static IReadOnlyList<RoundTripException> Exceptions => All;

    /// <summary>The reason a failing case is expected to fail, or null when no exception explains it.</summary>
    public static string? Reason(RoundTripCase roundTrip) =>
        All.FirstOrDefault(e => e.Explains(roundTrip))?.Reason;
}

/// <summary>One listed exception: the documents under a folder whose round trip fails with a given failure.</summary>
/// <param name="Id">A short name for the exception.</param>
/// <param name="Folder">The corpus folder of the documents it covers.</param>
/// <param name="Failure">How the failure reads (its beginning).</param>
/// <param name="Reason">Why.</param>
internal sealed record RoundTripException(string Id, string Folder, string Failure, string Reason)
{
    public bool Explains(RoundTripCase roundTrip) =>
        roundTrip.File.StartsWith(Folder, StringComparison.Ordinal) &&
        roundTrip.Failure?.StartsWith(Failure, StringComparison.Ordinal) == true;
}
