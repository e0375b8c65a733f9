using System.Collections;
using System.Globalization;
using System.Reflection;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Model;

/// <summary>
/// Structural equality of two invoices in the semantic model: every business term compared, lists item by item,
/// decimals by value (2.50 = 2.5). Where it was read from (<see cref="Invoice.Syntax"/>, the source locations) is not
/// a business term and is left out, as is the UBL-only copy of BT-8 on a period (<see cref="Period.DescriptionCode"/>).
/// What the bindings force on a written copy is taken as equal: BT-8 in its UBL or CII code, an invoicing period
/// without dates, the "NA" purchase order UBL needs beside a sales order, and a gross price or discount UBL or CII
/// must state, derived from the other two price terms, the VAT total (BT-110) UBL must state, the sum of BT-117, and
/// party identifiers in any order (CII puts those without a scheme first), and a VAT accounting currency (BT-6, with
/// BT-111) equal to the invoice currency, which CII forbids and which says nothing more.
/// </summary>
public static class ModelComparison
{
    private static readonly HashSet<string> Ignored = ["Syntax", "Location", "DescriptionCode", "EqualityContract"];

    /// <summary>The paths where the two invoices differ, e.g. "Lines[2].Price.NetPrice: 10 ≠ 10.5"; empty when equal.</summary>
    public static IReadOnlyList<string> Differences(Invoice expected, Invoice actual)
    {
        var differences = new List<string>();
        Compare("", Normalize(expected), Normalize(actual), differences);
        return differences;
    }

    private static Invoice Normalize(Invoice invoice) => invoice with
    {
        TaxPointDateCode = TaxPointDateCodes.ToUbl(invoice.TaxPointDateCode),
        InvoicingPeriod = invoice.InvoicingPeriod is { Start: null, End: null } ? null : invoice.InvoicingPeriod,
        PurchaseOrderReference = invoice.PurchaseOrderReference == "NA" && invoice.SalesOrderReference is not null
            ? null
            : invoice.PurchaseOrderReference,
        Lines = invoice.Lines.Select(l => l with { Price = Normalize(l.Price) }).ToList(),
        Totals = NormalizeTotals(invoice),
        VatCurrencyCode = invoice.VatCurrencyCode == invoice.CurrencyCode ? null : invoice.VatCurrencyCode,
        Seller = Normalize(invoice.Seller),
        Buyer = Normalize(invoice.Buyer),
    };

    private static DocumentTotals? NormalizeTotals(Invoice invoice)
    {
        var totals = invoice.Totals;
        if (totals is { VatTotal: null } && invoice.VatBreakdowns.Count > 0)
        {
            totals = totals with { VatTotal = invoice.VatBreakdowns.Sum(b => b.TaxAmount ?? 0m) };
        }

        return totals is not null && invoice.VatCurrencyCode == invoice.CurrencyCode
            ? totals with { VatTotalInAccountingCurrency = null }
            : totals;
    }

    private static Party? Normalize(Party? party) =>
        party is null ? null : party with { Identifiers = party.Identifiers.OrderBy(i => i.SchemeId is null ? 0 : 1).ToList() };

    private static PriceDetails Normalize(PriceDetails price) => price with
    {
        GrossPrice = price.GrossPrice ?? (price.Discount is null ? null : price.NetPrice + price.Discount),
        Discount = price.Discount ?? (price.GrossPrice is null ? null : price.GrossPrice - price.NetPrice),
    };

    private static void Compare(string path, object? expected, object? actual, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
            }

            return;
        }

        switch (expected)
        {
            case string or decimal or DateOnly or bool or int:
                if (!expected.Equals(actual))
                {
                    differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
                }

                return;
            case byte[] bytes:
                if (!bytes.AsSpan().SequenceEqual((byte[])actual))
                {
                    differences.Add($"{path}: {bytes.Length} bytes ≠ {((byte[])actual).Length} bytes");
                }

                return;
            case IEnumerable list:
                CompareLists(path, list.Cast<object?>().ToList(), ((IEnumerable)actual).Cast<object?>().ToList(), differences);
                return;
            default:
                CompareProperties(path, expected, actual, differences);
                return;
        }
    }

    private static void CompareLists(string path, List<object?> expected, List<object?> actual, List<string> differences)
    {
        if (expected.Count != actual.Count)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: {expected.Count} items ≠ {actual.Count} items"));
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            Compare(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), expected[i], actual[i], differences);
        }
    }

    private static void CompareProperties(string path, object expected, object actual, List<string> differences)
    {
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (Ignored.Contains(property.Name) || property.GetIndexParameters().Length > 0 ||
                property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                continue;
            }

            var name = path.Length == 0 ? property.Name : path + "." + property.Name;
            Compare(name, property.GetValue(expected), property.GetValue(actual), differences);
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
