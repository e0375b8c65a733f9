using System.Globalization;
using System.Xml.Linq;
using OpenChorus.Formats.Cii;
using OpenChorus.Formats.Ubl;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>
/// The data type checks the UBL 2.1 and CII D16B XSDs make on what the binding uses (XSD-DATATYPE): indicators are
/// booleans, amounts, quantities and percentages are decimals, UBL dates are xs:date. The structure (elements, order,
/// occurrences) is checked by <see cref="Structure.StructureRules"/>. The official XSDs themselves are not needed.
/// </summary>
internal static class DataTypeRules
{
    private static readonly string[] UblDateFormats = ["yyyy-MM-dd", "yyyy-MM-ddzzz", "yyyy-MM-dd'Z'"];

    private enum ValueType
    {
        None,
        Boolean,
        Decimal,
        UblDate,
    }

    /// <summary>Reports XSD-DATATYPE when one element (not the root) holds a value its type does not allow.</summary>
    public static void Visit(XElement e, ViolationSink sink)
    {
        var type = TypeOf(e.Name);
        if (type != ValueType.None && !e.HasElements && !IsValid(e, type))
        {
            ElementReport.Report(e, "XSD-DATATYPE", sink);
        }
    }

    private static ValueType TypeOf(XName name)
    {
        var ns = name.Namespace;
        var local = name.LocalName;
        if (ns != UblNames.Cbc && ns != CiiNames.Ram && ns != CiiNames.Udt)
        {
            return ValueType.None;
        }

        return local switch
        {
            "ChargeIndicator" or "Indicator" => ValueType.Boolean,
            _ when local.EndsWith("Amount", StringComparison.Ordinal) || local.EndsWith("Quantity", StringComparison.Ordinal) ||
                local.EndsWith("Percent", StringComparison.Ordinal) || local == "MultiplierFactorNumeric" => ValueType.Decimal,
            _ when ns == UblNames.Cbc && local.EndsWith("Date", StringComparison.Ordinal) => ValueType.UblDate,
            _ => ValueType.None,
        };
    }

    private static bool IsValid(XElement e, ValueType type) => type switch
    {
        ValueType.Boolean => e.Value.Trim() is "true" or "false" or "1" or "0",
        ValueType.Decimal => e.Decimal() is not null,
        ValueType.UblDate => IsUblDate(e.Value.AsSpan().Trim()),
        _ => true,
    };

    /// <summary>
    /// xs:date as UBL writes it. A plain yyyy-MM-dd date of years 2 to 9998 is one whatever the local time zone (which
    /// DateTimeOffset applies when the text has none); anything else goes to the exact parser.
    /// </summary>
    private static bool IsUblDate(ReadOnlySpan<char> text) =>
        (IsoDate.TryParse(text, "yyyy-MM-dd", out var date) && date.Year is > 1 and < 9999) ||
        DateTimeOffset.TryParseExact(text, UblDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
