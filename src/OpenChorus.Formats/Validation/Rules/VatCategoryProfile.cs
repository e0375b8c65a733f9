using System.Collections.Frozen;
using System.Globalization;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>What the EN 16931 VAT category rules (BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF, BR-AG) demand of one category.</summary>
/// <param name="Prefix">Rule prefix, e.g. BR-AE.</param>
/// <param name="Code">UNTDID 5305 category code (BT-118, BT-151, BT-95, BT-102).</param>
/// <param name="Breakdowns">How many VAT breakdowns (BG-23) of the category rule 01 wants when the category is used.</param>
/// <param name="Parties">Which VAT identifiers rules 02…04 demand.</param>
/// <param name="Rate">What rules 05…07 demand of the VAT rate (BT-152, BT-96, BT-103).</param>
/// <param name="PerRate">True when rule 08 sums per rate (S, AF, AG), false when per category.</param>
/// <param name="ExemptionReason">True when rule 10 demands an exemption reason (BT-120/121), false when it forbids one.</param>
internal sealed record VatCategoryProfile(
    string Prefix,
    string Code,
    BreakdownCount Breakdowns,
    PartyDemand Parties,
    RateDemand Rate,
    bool PerRate,
    bool ExemptionReason)
{
    /// <summary>The nine categories of EN 16931.</summary>
    public static IReadOnlyList<VatCategoryProfile> All { get; } =
    [
        new("BR-S", "S", BreakdownCount.AtLeastOne, PartyDemand.SellerVat, RateDemand.Positive, PerRate: true, ExemptionReason: false),
        new("BR-Z", "Z", BreakdownCount.ExactlyOne, PartyDemand.SellerVat, RateDemand.Zero, PerRate: false, ExemptionReason: false),
        new("BR-E", "E", BreakdownCount.ExactlyOne, PartyDemand.SellerVat, RateDemand.Zero, PerRate: false, ExemptionReason: true),
        new("BR-AE", "AE", BreakdownCount.ExactlyOne, PartyDemand.SellerAndBuyer, RateDemand.Zero, PerRate: false, ExemptionReason: true),
        new("BR-IC", "K", BreakdownCount.ExactlyOne, PartyDemand.SellerAndBuyerVat, RateDemand.Zero, PerRate: false, ExemptionReason: true),
        new("BR-G", "G", BreakdownCount.ExactlyOne, PartyDemand.SellerVatOnly, RateDemand.Zero, PerRate: false, ExemptionReason: true),
        new("BR-O", "O", BreakdownCount.ExactlyOne, PartyDemand.NoVatIds, RateDemand.Absent, PerRate: false, ExemptionReason: true),
        new("BR-AF", "L", BreakdownCount.AtLeastOne, PartyDemand.SellerVat, RateDemand.ZeroOrMore, PerRate: true, ExemptionReason: false),
        new("BR-AG", "M", BreakdownCount.AtLeastOne, PartyDemand.SellerVat, RateDemand.ZeroOrMore, PerRate: true, ExemptionReason: false),
    ];

    /// <summary>Rules 00…10 of each family, written once: the checks name their rule on every line, broken or not.</summary>
    private static readonly FrozenDictionary<string, string[]> RuleIds = All.ToFrozenDictionary(
        p => p.Prefix, p => Enumerable.Range(0, 11).Select(p.Format).ToArray(), StringComparer.Ordinal);

    /// <summary>A rule id of the family, e.g. Rule(8) = BR-AE-08.</summary>
    public string Rule(int number) =>
        number is >= 0 and <= 10 && RuleIds.TryGetValue(Prefix, out var ids) ? ids[number] : Format(number);

    private string Format(int number) => Prefix + "-" + number.ToString("00", CultureInfo.InvariantCulture);
}

/// <summary>How many VAT breakdowns a used category needs.</summary>
internal enum BreakdownCount
{
    AtLeastOne,
    ExactlyOne,
}

/// <summary>Which VAT identifiers a category needs on the parties.</summary>
internal enum PartyDemand
{
    /// <summary>Seller VAT or tax registration identifier, or tax representative VAT identifier.</summary>
    SellerVat,

    /// <summary>Seller VAT identifier or tax representative VAT identifier.</summary>
    SellerVatOnly,

    /// <summary>As <see cref="SellerVat"/>, and the buyer VAT identifier or legal registration identifier.</summary>
    SellerAndBuyer,

    /// <summary>As <see cref="SellerVatOnly"/>, and the buyer VAT identifier.</summary>
    SellerAndBuyerVat,

    /// <summary>No seller, tax representative or buyer VAT identifier.</summary>
    NoVatIds,
}

/// <summary>What a category demands of the VAT rate.</summary>
internal enum RateDemand
{
    Positive,
    Zero,
    ZeroOrMore,
    Absent,
}
