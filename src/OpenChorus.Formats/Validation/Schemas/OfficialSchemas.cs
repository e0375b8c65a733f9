using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using OpenChorus.Formats.Xml;

namespace OpenChorus.Formats.Validation.Schemas;

/// <summary>
/// The official UBL 2.1 and CII D16B XSDs an operator points <see cref="ValidationOptions.XsdFolder"/> at: loaded and
/// compiled once per folder (DTDs never processed, includes resolved inside the folder only), then applied to each document,
/// each schema error a fatal XSD-SCHEMA violation at its element and line.
/// </summary>
internal sealed class OfficialSchemas
{
    private const string RuleId = "XSD-SCHEMA";
    private static readonly string[] RootSchemas = ["UBL-Invoice-2.1.xsd", "UBL-CreditNote-2.1.xsd", "CrossIndustryInvoice_100pD16B.xsd"];
    private static readonly ConcurrentDictionary<string, Lazy<OfficialSchemas>> Loaded = new(StringComparer.Ordinal);

    private readonly XmlSchemaSet _set;

    private OfficialSchemas(XmlSchemaSet set) => _set = set;

    /// <summary>The schemas of a folder, loaded on first use; throws when the folder holds none of them or one is broken.</summary>
    public static OfficialSchemas For(string folder) =>
        Loaded.GetOrAdd(Path.GetFullPath(folder), path => new Lazy<OfficialSchemas>(() => Load(path))).Value;

    /// <summary>Reports each schema error of the document; a root no loaded schema declares is one error.</summary>
    public void Check(XElement root, ViolationSink sink)
    {
        var document = root.Document ?? new XDocument(root);
        document.Validate(_set, (sender, e) =>
        {
            if (e.Severity != XmlSeverityType.Error)
            {
                return;
            }

            var element = sender as XElement ?? (sender as XAttribute)?.Parent ?? root;
            var line = sender is XObject node && node.Line() > 0 ? node.Line() : element.Line();
            sink.Report(RuleId, XmlValues.XPathOf(element), line,
                "The document is not valid against the official schema: " + e.Message,
                "Le document n'est pas valide selon le schéma officiel : " + e.Message + " Corrigez l'élément indiqué.");
        });
    }

    private static OfficialSchemas Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("The XSD folder does not exist: " + folder);
        }

        var resolver = new FolderXmlResolver(folder);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        // DTDs are never processed: no entity is expanded and nothing is fetched. Ignore rather than Prohibit, because
        // the official UBL 2.1 xmldsig module (imported by the UBL schemas) starts with an internal DOCTYPE it does not use.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = resolver };
        foreach (var name in RootSchemas)
        {
            if (Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault() is { } path)
            {
                using var reader = XmlReader.Create(path, settings);
                set.Add(null, reader);
            }
        }

        if (set.Count == 0)
        {
            throw new InvalidOperationException($"The XSD folder holds none of {string.Join(", ", RootSchemas)}: {folder}");
        }

        set.Compile();
        return new OfficialSchemas(set);
    }
}
