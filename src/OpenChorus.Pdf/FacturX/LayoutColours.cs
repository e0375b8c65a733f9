using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace OpenChorus.Pdf.FacturX;

/// <summary>
/// Finds DeviceCMYK colour in a layout page: PDF/A allows a device colour space only when the output intent has the
/// same number of components, and ours is sRGB. Looks at the page's content operators (k, K), its colour space
/// resources and its images.
/// </summary>
internal static partial class LayoutColours
{
    public static bool UsesDeviceCmyk(PdfPage page)
    {
        if (Contents(page).Any(c => CmykOperator().IsMatch(c)))
        {
            return true;
        }

        var resources = page.Elements.GetDictionary("/Resources");
        var spaces = resources?.Elements.GetDictionary("/ColorSpace");
        if (spaces is not null && spaces.Elements.Keys.Any(k => IsCmyk(spaces.Elements[k])))
        {
            return true;
        }

        var objects = resources?.Elements.GetDictionary("/XObject");
        return objects is not null && objects.Elements.Keys.Select(objects.Elements.GetDictionary)
            .Any(x => x?.Elements.GetName("/Subtype") == "/Image" && IsCmyk(x.Elements["/ColorSpace"]));
    }

    private static bool IsCmyk(PdfItem? item) => Resolve(item) switch
    {
        PdfName name => name.Value == "/DeviceCMYK",
        PdfArray array => Resolve(array.Elements.Count > 0 ? array.Elements[0] : null) is not PdfName { Value: "/ICCBased" } &&
            array.Elements.Any(e => Resolve(e) is PdfName { Value: "/DeviceCMYK" }),
        _ => false,
    };

    private static IEnumerable<string> Contents(PdfPage page)
    {
        var items = Resolve(page.Elements["/Contents"]) switch
        {
            PdfArray array => array.Elements.Select(Resolve),
            var single => [single],
        };
        foreach (var stream in items.OfType<PdfDictionary>().Where(d => d.Stream is not null))
        {
            yield return Encoding.Latin1.GetString(stream.Stream.UnfilteredValue);
        }
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    [GeneratedRegex(@"(?:^|\s)-?[\d.]+\s+-?[\d.]+\s+-?[\d.]+\s+-?[\d.]+\s+[kK](?=\s|$)")]
    private static partial Regex CmykOperator();
}
