using System.Text;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Pdf.Tests.Samples;

/// <summary>The format tests' one-line CII invoice (Factur-X EN16931), with the specification identifier (BT-24) each test chooses.</summary>
internal static class FacturXSamples
{
    /// <summary>The BT-24 value of each Factur-X profile.</summary>
    public static string SpecificationId(string profile) => profile switch
    {
        "MINIMUM" => "urn:factur-x.eu:1p0:minimum",
        "BASIC WL" => "urn:factur-x.eu:1p0:basicwl",
        "BASIC" => "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
        "EXTENDED" => "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
        _ => "urn:cen.eu:en16931:2017",
    };

    /// <summary>The sample as UTF-8 bytes, declaring the profile's BT-24.</summary>
    public static byte[] ForProfile(string profile) => Encoding.UTF8.GetBytes(
        CiiSamples.Invoice.Replace("<ram:ID>urn:cen.eu:en16931:2017</ram:ID>", "<ram:ID>" + SpecificationId(profile) + "</ram:ID>", StringComparison.Ordinal));
}
