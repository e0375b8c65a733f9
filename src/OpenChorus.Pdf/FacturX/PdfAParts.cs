using System.Reflection;
using PdfSharp.Pdf;

namespace OpenChorus.Pdf.FacturX;

/// <summary>The PDF/A-3 objects a Factur-X adds to the catalog: output intent, XMP metadata and the associated file.</summary>
internal static class PdfAParts
{
    private static readonly Lazy<byte[]> SrgbProfile = new(LoadProfile);

    /// <summary>An sRGB output intent (GTS_PDFA1) with its ICC profile (icc-profiles-free, zlib licence).</summary>
    public static PdfDictionary OutputIntent(PdfDocument document)
    {
        var profile = new PdfDictionary(document);
        profile.CreateStream(SrgbProfile.Value);
        profile.Elements.SetInteger("/N", 3);
        document.Internals.AddObject(profile);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetString("/Info", "sRGB IEC61966-2.1");
        intent.Elements.SetReference("/DestOutputProfile", profile);
        return intent;
    }

    /// <summary>The file specification of an embedded XML file, with its /AFRelationship and /Params.</summary>
    public static PdfDictionary EmbeddedFile(PdfDocument document, string name, byte[] content, string relationship, DateTime modified)
    {
        var parameters = new PdfDictionary(document);
        parameters.Elements.SetDateTime("/ModDate", modified);
        parameters.Elements.SetInteger("/Size", content.Length);
        var file = new PdfDictionary(document);
        file.Elements.SetName("/Type", "/EmbeddedFile");
        file.Elements.SetName("/Subtype", "/text/xml");
        file.Elements["/Params"] = parameters;
        file.CreateStream(content);
        document.Internals.AddObject(file);

        var streams = new PdfDictionary(document);
        streams.Elements.SetReference("/F", file);
        streams.Elements.SetReference("/UF", file);
        var spec = new PdfDictionary(document);
        spec.Elements.SetName("/Type", "/Filespec");
        spec.Elements.SetString("/F", name);
        spec.Elements.SetString("/UF", name);
        spec.Elements.SetString("/Desc", "Factur-X invoice");
        spec.Elements.SetName("/AFRelationship", "/" + relationship);
        spec.Elements["/EF"] = streams;
        document.Internals.AddObject(spec);
        return spec;
    }

    /// <summary>Lists the file in the catalog's embedded files name tree and in its associated files (/AF).</summary>
    public static void Associate(PdfDocument document, string name, PdfDictionary fileSpec)
    {
        var names = new PdfDictionary(document);
        names.Elements["/Names"] = new PdfArray(document, new PdfString(name), fileSpec.Reference!);
        var nameTree = new PdfDictionary(document);
        nameTree.Elements["/EmbeddedFiles"] = names;
        var catalog = document.Internals.Catalog;
        catalog.Elements["/Names"] = nameTree;
        catalog.Elements["/AF"] = new PdfArray(document, fileSpec.Reference!);
    }

    private static byte[] LoadProfile()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("OpenChorus.Pdf.sRGB.icc")
            ?? throw new InvalidOperationException("ICC profile resource missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
