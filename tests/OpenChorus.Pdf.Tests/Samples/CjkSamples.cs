using System.Text;
using OpenChorus.Formats.Model;

namespace OpenChorus.Pdf.Tests.Samples;

/// <summary>
/// Invoices whose seller, first line and a note are in Japanese and Chinese, which Liberation Sans cannot show: the
/// renderer draws them with Debian's fonts-droid-fallback (scripts/test.sh installs it).
/// </summary>
internal static class CjkSamples
{
    public const string Seller = "株式会社サンプル商事";
    public const string LineName = "咨询服务第一阶段";
    public const string Note = "请于三十日内付款";

    /// <summary>Ol Chiki, a script none of the Debian fallback fonts has.</summary>
    public const string NoFontHasIt = "ᱚᱞ";

    public const string DroidFallback = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    public static Invoice Invoice()
    {
        var invoice = InvoiceSamples.WithLines(3);
        var first = invoice.Lines[0] with { Item = invoice.Lines[0].Item with { Name = LineName } };
        return invoice with
        {
            Seller = invoice.Seller! with { Name = Seller },
            Lines = [first, .. invoice.Lines.Skip(1)],
            Notes = [.. invoice.Notes, new Note("AAI", Note)],
        };
    }

    /// <summary>The format tests' CII with a Japanese seller and a Chinese line.</summary>
    public static byte[] Cii(string seller = Seller) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(FacturXSamples.ForProfile("EN16931"))
        .Replace("<ram:Name>Conseil Martin SAS</ram:Name>", "<ram:Name>" + seller + "</ram:Name>", StringComparison.Ordinal)
        .Replace("<ram:Name>Conseil</ram:Name>", "<ram:Name>" + LineName + "</ram:Name>", StringComparison.Ordinal));

    /// <summary>Fails unless the fallback font is installed: the tests need it, as scripts/test.sh installs it.</summary>
    public static void RequireFallbackFont() =>
        Assert.True(File.Exists(DroidFallback), "apt-get install fonts-droid-fallback (scripts/test.sh installs it)");
}
