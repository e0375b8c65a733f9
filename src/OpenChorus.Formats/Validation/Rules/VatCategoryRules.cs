using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>
/// The VAT category rules BR-S/Z/E/AE/IC/G/O/AF/AG-01…10 (and BR-IC-11/12), one profile per category, and the
/// Italian split payment rules BR-B-01/02.
/// </summary>
internal sealed partial class VatCategoryRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        foreach (var profile in VatCategoryProfile.All)
        {
            Check(invoice, profile, sink);
        }

        CheckSplitPayment(invoice, sink);
    }

    /// <summary>BR-B-01: split payment (B) only in Italy; BR-B-02: never together with standard rated (S).</summary>
    private static void CheckSplitPayment(Invoice invoice, ViolationSink sink)
    {
        var categories = invoice.Lines.Select(l => l.VatCategoryCode)
            .Concat(invoice.AllowanceCharges.Select(a => a.VatCategoryCode))
            .Concat(invoice.VatBreakdowns.Select(b => b.CategoryCode)).ToHashSet();
        if (!categories.Contains("B"))
        {
            return;
        }

        Address?[] addresses = [invoice.Seller?.Address, invoice.Buyer?.Address, invoice.TaxRepresentative?.Address, invoice.Delivery?.Address];
        var countries = addresses.Select(a => a?.CountryCode).Concat(invoice.Lines.Select(l => l.Item.OriginCountryCode)).OfType<string>();
        sink.Require(countries.All(c => c == "IT"), "BR-B-01", invoice.Location);
        sink.Require(!categories.Contains("S"), "BR-B-02", invoice.Location);
    }

    private static void Check(Invoice invoice, VatCategoryProfile profile, ViolationSink sink)
    {
        var code = profile.Code;
        if (!Uses(invoice, code))
        {
            return;
        }

        var lines = invoice.Lines.Where(l => l.VatCategoryCode == code).ToList();
        var allowances = invoice.Allowances.Where(a => a.VatCategoryCode == code).ToList();
        var charges = invoice.Charges.Where(a => a.VatCategoryCode == code).ToList();
        var breakdowns = invoice.VatBreakdowns.Where(b => b.CategoryCode == code).ToList();
        if (lines.Count + allowances.Count + charges.Count + breakdowns.Count == 0)
        {
            return;
        }

        // Rule 01 counts every use of the code (UBL: under the VAT scheme, except for S); rules 02…10 look only at
        // categories declared under the VAT scheme.
        if (invoice.Syntax == InvoiceSyntax.Cii || code == "S")
        {
            CheckBreakdownCount(invoice, profile, lines.Count, allowances.Count + charges.Count, breakdowns.Count, sink);
        }
        else
        {
            CheckBreakdownCount(invoice, profile, lines.Count(l => l.CategoryIsVat), allowances.Count(a => a.CategoryIsVat) + charges.Count(c => c.CategoryIsVat),
                breakdowns.Count(b => b.CategoryIsVat), sink);
        }

        var linesOfAnyScheme = lines.Count;
        lines = lines.FindAll(l => l.CategoryIsVat);
        allowances = allowances.FindAll(a => a.CategoryIsVat);
        charges = charges.FindAll(c => c.CategoryIsVat);
        breakdowns = breakdowns.FindAll(b => b.CategoryIsVat);
        var partiesOk = PartiesSatisfy(invoice, profile.Parties);
        // The UBL artefacts test BR-S-02 on standard rated lines of any scheme.
        var linesForRule2 = invoice.Syntax != InvoiceSyntax.Cii && code == "S" ? linesOfAnyScheme : lines.Count;
        sink.Require(linesForRule2 == 0 || (lines.Count > 0 && partiesOk), profile.Rule(2), invoice.Location);
        sink.Require(allowances.Count == 0 || partiesOk, profile.Rule(3), invoice.Location);
        sink.Require(charges.Count == 0 || partiesOk, profile.Rule(4), invoice.Location);
        foreach (var line in lines)
        {
            sink.Require(RateSatisfies(line.VatRate, profile.Rate), profile.Rule(5), line.Location);
        }

        foreach (var allowance in allowances)
        {
            sink.Require(RateSatisfies(allowance.VatRate, profile.Rate), profile.Rule(6), allowance.Location);
        }

        foreach (var charge in charges)
        {
            sink.Require(RateSatisfies(charge.VatRate, profile.Rate), profile.Rule(7), charge.Location);
        }

        foreach (var breakdown in breakdowns)
        {
            CheckBreakdown(invoice, profile, breakdown, sink);
        }

        if (profile.Code == "O" && breakdowns.Count > 0)
        {
            CheckNotSubjectToVat(invoice, sink);
        }
    }

    /// <summary>
    /// Whether a line, allowance, charge or breakdown has the category: most invoices use one or two of the categories,
    /// and the others are passed over without building their lists.
    /// </summary>
    private static bool Uses(Invoice invoice, string code)
    {
        var (lines, allowanceCharges, breakdowns) = (invoice.Lines, invoice.AllowanceCharges, invoice.VatBreakdowns);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].VatCategoryCode == code)
            {
                return true;
            }
        }

        for (var i = 0; i < allowanceCharges.Count; i++)
        {
            if (allowanceCharges[i].VatCategoryCode == code)
            {
                return true;
            }
        }

        for (var i = 0; i < breakdowns.Count; i++)
        {
            if (breakdowns[i].CategoryCode == code)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckBreakdownCount(Invoice invoice, VatCategoryProfile profile, int lines, int documentLevel, int breakdowns, ViolationSink sink)
    {
        if (invoice.Syntax == InvoiceSyntax.Cii && profile.Breakdowns == BreakdownCount.AtLeastOne)
        {
            // The CII artefacts count the category's uses and breakdowns together: at least two when it is used.
            sink.Require((lines == 0 || lines + breakdowns >= 2) && (documentLevel == 0 || documentLevel + breakdowns >= 2),
                profile.Rule(1), invoice.Location);
            return;
        }

        var used = lines + documentLevel > 0;
        var ok = profile.Breakdowns == BreakdownCount.AtLeastOne
            ? used == (breakdowns > 0)
            : (!used && (invoice.Syntax != InvoiceSyntax.Cii || breakdowns == 0)) || (used && breakdowns == 1);
        sink.Require(ok, profile.Rule(1), invoice.Location);
    }

    private static bool RateSatisfies(decimal? rate, RateDemand demand) => demand switch
    {
        RateDemand.Positive => rate > 0,
        RateDemand.Zero => rate == 0,
        RateDemand.ZeroOrMore => rate >= 0,
        RateDemand.Absent => rate is null,
    };

    private static bool PartiesSatisfy(Invoice invoice, PartyDemand demand)
    {
        var seller = invoice.Seller;
        var representativeVat = !IsBlank(invoice.TaxRepresentative?.VatId);
        var sellerVat = seller?.VatId is not null || representativeVat;
        var buyerVat = invoice.Buyer?.VatId is not null;
        return demand switch
        {
            PartyDemand.SellerVat => sellerVat || seller?.TaxRegistrationId is not null,
            PartyDemand.SellerVatOnly => sellerVat,
            PartyDemand.SellerAndBuyer => (sellerVat || seller?.TaxRegistrationId is not null) &&
                (buyerVat || invoice.Buyer?.LegalRegistrationId is not null),
            PartyDemand.SellerAndBuyerVat => sellerVat && buyerVat,
            PartyDemand.NoVatIds => seller?.VatId is null && !representativeVat && !buyerVat,
        };
    }
}
