using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace OpenChorus.Pdf.FacturX;

/// <summary>
/// Opens the layout PDF to import its pages and lists what PDF/A-3b forbids in it that importing does not repair:
/// fonts used without being embedded (a PDF/A file must carry every glyph it shows) and DeviceCMYK colour.
/// </summary>
internal static class LayoutInspector
{
    /// <summary>Opens a PDF for page import; refuses encrypted or unreadable files.</summary>
    public static PdfDocument Open(byte[] pdf)
    {
        try
        {
            return PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
        }
#pragma warning disable CA1031 // PDFsharp throws many kinds of exception on a damaged file: each is reported the same way.
        catch (Exception error) when (error is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new FacturXException(
                "Le PDF de mise en page ne peut pas être repris (chiffré ou endommagé) : enregistrez-le sans mot de passe ni protection.",
                "The layout PDF cannot be imported (encrypted or damaged): " + error.Message, error);
        }
    }

    /// <summary>The fonts that are not embedded, one message per font name and page.</summary>
    public static IReadOnlyList<FacturXProblem> Problems(PdfDocument layout)
    {
        var problems = new List<FacturXProblem>();
        for (var i = 0; i < layout.PageCount; i++)
        {
            var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
            foreach (var name in UnembeddedFonts(layout.Pages[i].Elements.GetDictionary("/Resources"), seen).Distinct())
            {
                problems.Add(new FacturXProblem(
                    $"Page {i + 1} : la police {name} n'est pas incorporée (PDF/A exige toutes les polices incorporées) : exportez votre PDF avec les polices incorporées.",
                    $"Page {i + 1}: font {name} is not embedded (PDF/A requires every font embedded)."));
            }

            if (LayoutColours.UsesDeviceCmyk(layout.Pages[i]))
            {
                problems.Add(new FacturXProblem(
                    $"Page {i + 1} : couleurs CMJN (DeviceCMYK) alors que le profil de sortie est sRGB : exportez votre PDF en RVB.",
                    $"Page {i + 1} uses DeviceCMYK colour; the output intent is sRGB (PDF/A allows only matching device colours)."));
            }
        }

        return problems;
    }

    private static IEnumerable<string> UnembeddedFonts(PdfDictionary? resources, HashSet<PdfDictionary> seen)
    {
        if (resources is null || !seen.Add(resources))
        {
            yield break;
        }

        if (resources.Elements.GetDictionary("/Font") is { } fonts)
        {
            foreach (var key in fonts.Elements.Keys)
            {
                if (fonts.Elements.GetDictionary(key) is { } font && !IsEmbedded(font))
                {
                    yield return font.Elements.GetName("/BaseFont") is { Length: > 0 } baseFont ? baseFont.TrimStart('/') : key;
                }
            }
        }

        if (resources.Elements.GetDictionary("/XObject") is { } objects)
        {
            foreach (var key in objects.Elements.Keys)
            {
                var form = objects.Elements.GetDictionary(key);
                foreach (var name in UnembeddedFonts(form?.Elements.GetDictionary("/Resources"), seen))
                {
                    yield return name;
                }
            }
        }
    }

    private static bool IsEmbedded(PdfDictionary font)
    {
        var subtype = font.Elements.GetName("/Subtype");
        if (subtype == "/Type3")
        {
            return true;
        }

        var described = subtype == "/Type0" && font.Elements.GetArray("/DescendantFonts") is { Elements.Count: > 0 } descendants
            ? descendants.Elements.GetDictionary(0) ?? font
            : font;
        var descriptor = described.Elements.GetDictionary("/FontDescriptor");
        return descriptor is not null &&
            (descriptor.Elements.ContainsKey("/FontFile") || descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3"));
    }
}
