using System.Globalization;
using System.Xml.Linq;
using OpenChorus.Formats.Cii;
using OpenChorus.Formats.Ubl;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>
/// The data type and content checks the UBL 2.1 and CII D16B XSDs make on what the binding uses (XSD-DATATYPE,
/// XSD-CONTENT): indicators are booleans, amounts, quantities and percentages are decimals, UBL dates are xs:date,
/// a party identification has an identifier. The official XSDs themselves are not needed.
/// </summary>
internal static class DataTypeRules
{
    private static readonly string[] UblDateFormats = ["yyyy-MM-dd", "yyyy-MM-ddzzz", "yyyy-MM-dd'Z'"];

    public static void Check(XElement root, ViolationSink sink)
    {
        foreach (var e in root.Descendants())
        {
            if (e.Name == UblNames.A("PartyIdentification") && e.Element(UblNames.B("ID")) is null)
            {
                UblCodeListRules.Report(e, "XSD-CONTENT", sink);
            }

            if (e.HasElements)
            {
                continue;
            }

            var ns = e.Name.Namespace;
            if (ns != UblNames.Cbc && ns != CiiNames.Ram && ns != CiiNames.Udt)
            {
                continue;
            }

            if (!IsValid(e, ns == UblNames.Cbc))
            {
                UblCodeListRules.Report(e, "XSD-DATATYPE", sink);
            }
        }
    }

    private static bool IsValid(XElement e, bool ubl)
    {
        var name = e.Name.LocalName;
        var text = e.Value.Trim();
        if (name is "ChargeIndicator" or "Indicator")
        {
            return text is "true" or "false" or "1" or "0";
        }

        if (name.EndsWith("Amount", StringComparison.Ordinal) || name.EndsWith("Quantity", StringComparison.Ordinal) ||
            name.EndsWith("Percent", StringComparison.Ordinal) || name == "MultiplierFactorNumeric")
        {
            return e.Decimal() is not null;
        }

        return !ubl || !name.EndsWith("Date", StringComparison.Ordinal) ||
            DateTimeOffset.TryParseExact(text, UblDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }
}
