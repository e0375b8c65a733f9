using System.Collections.Frozen;
using System.Xml.Linq;
using static OpenChorus.Formats.Ubl.UblNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>UBL-DT-08…UBL-DT-28 and UBL-CR-663 (warnings): attributes of the UBL data types that EN 16931 does not use.</summary>
internal sealed class UblAttributeRules
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

    private static readonly FrozenDictionary<string, int> UnusedIndex =
        Unused.Select((u, i) => KeyValuePair.Create(u.Attribute, i)).ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly XName PaymentMeansCode = B("PaymentMeansCode");

    // One bit per entry of Unused, without sets or iterators.
    private int _present;
    private int _names;

    /// <summary>Notes the attributes of one element (the root included).</summary>
    public void Visit(XElement element)
    {
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace != XNamespace.None)
            {
                continue;
            }

            var local = attribute.Name.LocalName;
            if (UnusedIndex.TryGetValue(local, out var index))
            {
                _present |= 1 << index;
            }

            _names += local == "name" && element.Name != PaymentMeansCode ? 1 : 0;
        }
    }

    /// <summary>Reports, at the root, each rule whose attribute was met somewhere.</summary>
    public void Finish(XElement root, ViolationSink sink)
    {
        for (var i = 0; i < Unused.Length; i++)
        {
            if ((_present & (1 << i)) != 0)
            {
                Report(root, Unused[i].Rule, sink);
            }
        }

        if (_names > 0)
        {
            Report(root, "UBL-DT-18", sink);
        }
    }
}
