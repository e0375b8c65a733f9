using System.Xml.Linq;
using static OpenChorus.Formats.Ubl.UblNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>UBL-DT-08…UBL-DT-28 and UBL-CR-663 (warnings): attributes of the UBL data types that EN 16931 does not use.</summary>
internal static class UblAttributeRules
{
    /// <summary>Each rule and the attribute it is about.</summary>
    internal static readonly (string Rule, string Attribute)[] Unused =
    [
        ("UBL-DT-08", "schemeName"), ("UBL-DT-09", "schemeAgencyName"), ("UBL-DT-10", "schemeDataURI"),
        ("UBL-DT-11", "schemeURI"), ("UBL-DT-12", "format"), ("UBL-DT-13", "unitCodeListIdentifier"),
        ("UBL-DT-14", "unitCodeListAgencyIdentifier"), ("UBL-DT-15", "unitCodeListAgencyName"),
        ("UBL-DT-16", "listAgencyName"), ("UBL-DT-17", "listName"), ("UBL-DT-19", "languageID"),
        ("UBL-DT-20", "listURI"), ("UBL-DT-21", "listSchemeURI"), ("UBL-DT-22", "languageLocaleID"),
        ("UBL-DT-23", "uri"), ("UBL-DT-24", "currencyCodeListVersionID"), ("UBL-DT-25", "characterSetCode"),
        ("UBL-DT-26", "encodingCode"), ("UBL-DT-27", "schemeAgencyID"), ("UBL-DT-28", "listAgencyID"),
        ("UBL-CR-663", "unitCodeListID"),
    ];

    public static void Check(XElement root, ViolationSink sink)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var names = 0;
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace != XNamespace.None)
                {
                    continue;
                }

                present.Add(attribute.Name.LocalName);
                names += attribute.Name.LocalName == "name" && element.Name != B("PaymentMeansCode") ? 1 : 0;
            }
        }

        foreach (var (rule, attribute) in Unused)
        {
            if (present.Contains(attribute))
            {
                Report(root, rule, sink);
            }
        }

        if (names > 0)
        {
            Report(root, "UBL-DT-18", sink);
        }
    }
}
