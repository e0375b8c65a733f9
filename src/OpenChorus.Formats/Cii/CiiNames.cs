using System.Xml.Linq;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Cii;

/// <summary>CII D16B namespaces and element-name helpers.</summary>
internal static class CiiNames
{
    public static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    public static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    public static readonly XNamespace Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    private static readonly XNameCache RamNames = new(Ram);
    private static readonly XNameCache RsmNames = new(Rsm);

    public static XName R(string localName) => RamNames.Get(localName);

    public static XName S(string localName) => RsmNames.Get(localName);
}
