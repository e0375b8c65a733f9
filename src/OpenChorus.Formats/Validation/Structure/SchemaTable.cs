using System.Collections.Frozen;
using System.Globalization;
using System.Xml.Linq;
using OpenChorus.Formats.Validation.Syntax;

namespace OpenChorus.Formats.Validation.Structure;

/// <summary>
/// The content models of the UBL 2.1 and CII D16B schemas (generated into <c>SchemaTable.g.cs</c> from the official XSDs,
/// which the product does not ship), parsed once into <see cref="ContentModel"/>s reachable from each root element.
/// </summary>
internal static partial class SchemaTable
{
    private static readonly Lazy<FrozenDictionary<XName, ContentModel>> UblRoots = new(() => Parse(UblLines, defaultTypes: true));
    private static readonly Lazy<FrozenDictionary<XName, ContentModel>> CiiRoots = new(() => Parse(CiiLines, defaultTypes: false));

    /// <summary>The content model of a root element (ubl:Invoice, cn:CreditNote, rsm:CrossIndustryInvoice), or null.</summary>
    public static ContentModel? Root(XName name, bool cii) =>
        (cii ? CiiRoots : UblRoots).Value.TryGetValue(name, out var model) ? model : null;

    private static FrozenDictionary<XName, ContentModel> Parse(string[] lines, bool defaultTypes)
    {
        var models = new Dictionary<string, ContentModel>(StringComparer.Ordinal) { ["*"] = new() { Key = "*", Kind = ContentKind.Any } };
        ContentModel Model(string key) => models.TryGetValue(key, out var model) ? model : models[key] = new ContentModel { Key = key };

        var roots = new Dictionary<XName, ContentModel>();
        foreach (var line in lines)
        {
            var head = line.Split(' ', 3);
            if (head[0] == "root")
            {
                roots[Prefixes.Resolve(head[1])!] = Model(head[2]);
                continue;
            }

            var model = Model(head[0]);
            var rest = head.Length > 2 ? head[2] : "";
            if (head[1] == "L")
            {
                model.Kind = ContentKind.Value;
                model.Attributes = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .ToFrozenDictionary(a => a.TrimEnd('!'), a => a.EndsWith('!'), StringComparer.Ordinal);
                model.RequiredAttributes = [.. model.Attributes.Where(a => a.Value).Select(a => a.Key).Order(StringComparer.Ordinal)];
                continue;
            }

            model.Kind = head[1] == "C" ? ContentKind.Choice : ContentKind.Sequence;
            model.Particles = [.. rest.Split("; ").Select(p => Particle(p.Split(' '), defaultTypes, Model))];
            model.Positions = model.Particles.Select((p, i) => (p.Name, i)).ToFrozenDictionary(x => x.Name, x => x.i);
        }

        return roots.ToFrozenDictionary();
    }

    private static Particle Particle(string[] parts, bool defaultTypes, Func<string, ContentModel> model)
    {
        var type = parts.Length > 3 ? parts[3] : defaultTypes ? parts[0] + "Type" : "*";
        var max = parts[2] == "*" ? int.MaxValue : int.Parse(parts[2], CultureInfo.InvariantCulture);
        return new Particle(Prefixes.Resolve(parts[0])!, parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), max, model(type));
    }
}
