using System.Xml.Linq;
using OpenChorus.Formats.Cii;
using OpenChorus.Formats.Ubl;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>The namespace prefixes the official artefacts use in their XPath.</summary>
internal static class Prefixes
{
    private static readonly Dictionary<string, XNamespace> Map = new(StringComparer.Ordinal)
    {
        ["ubl"] = UblNames.Invoice,
        ["cn"] = UblNames.CreditNote,
        ["cac"] = UblNames.Cac,
        ["cbc"] = UblNames.Cbc,
        ["ext"] = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
        ["rsm"] = CiiNames.Rsm,
        ["ram"] = CiiNames.Ram,
        ["udt"] = CiiNames.Udt,
        ["qdt"] = CiiNames.Qdt,
    };

    /// <summary>Resolves "prefix:local" to an XName; null for an unknown prefix.</summary>
    public static XName? Resolve(string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Map.TryGetValue(qualifiedName[..colon], out var ns) ? ns + qualifiedName[(colon + 1)..] : null;
    }
}
