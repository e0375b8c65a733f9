using System.Xml.Linq;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Ubl;

/// <summary>UBL 2.1 namespaces and the element names the reader uses.</summary>
internal static class UblNames
{
    public static readonly XNamespace Invoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static readonly XNamespace CreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private static readonly XNameCache CacNames = new(Cac);
    private static readonly XNameCache CbcNames = new(Cbc);

    public static XName A(string localName) => CacNames.Get(localName);

    public static XName B(string localName) => CbcNames.Get(localName);
}
