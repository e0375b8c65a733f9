using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>
/// The syntax rule families that look at elements one by one (<see cref="SyntaxRuleTable"/>, <see cref="DataTypeRules"/>,
/// <see cref="UblSyntaxRules"/> or <see cref="CiiSyntaxRules"/>, <see cref="UblAttributeRules"/>, the code lists), run
/// in one walk of the document instead of one walk each. Each family reports into a sink of its own, added to the
/// document's after the walk in the order the families ran in when they walked separately, so that reports do not change.
/// The structure checks (<see cref="Structure.StructureRules"/>) walk on their own, from the root, between the table
/// and the other families.
/// </summary>
internal static class ElementPass
{
    /// <summary>Runs the table, then the structure checks, then the other families, on a UBL or CII document.</summary>
    public static void Check(XElement root, bool cii, ViolationSink sink)
    {
        var table = new SyntaxRuleTable.Pass(cii);
        var tableSink = new ViolationSink();
        var dataTypes = new ViolationSink();
        var syntax = new ViolationSink();
        var attributes = new ViolationSink();
        var codes = new ViolationSink();
        var ubl = cii ? null : new UblSyntaxRules(root, syntax);
        var ciiRules = cii ? new CiiSyntaxRules(root, syntax) : null;
        var ublAttributes = cii ? null : new UblAttributeRules();
        table.Visit(root, tableSink);
        ublAttributes?.Visit(root);
        foreach (var e in root.Descendants())
        {
            table.Visit(e, tableSink);
            DataTypeRules.Visit(e, dataTypes);
            if (cii)
            {
                ciiRules!.Visit(e);
                CiiCodeListRules.Visit(e, codes);
            }
            else
            {
                ubl!.Visit(e);
                ublAttributes!.Visit(e);
                UblCodeListRules.Visit(e, codes);
            }
        }

        ubl?.Finish();
        ciiRules?.Finish();
        ublAttributes?.Finish(root, attributes);
        sink.AddRange(tableSink.Violations);
        Structure.StructureRules.Check(root, cii, sink);
        sink.AddRange(dataTypes.Violations);
        sink.AddRange(syntax.Violations);
        sink.AddRange(attributes.Violations);
        sink.AddRange(codes.Violations);
    }
}
