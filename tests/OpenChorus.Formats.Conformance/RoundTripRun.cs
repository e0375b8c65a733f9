using System.Diagnostics;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Conformance;

/// <summary>
/// Writes every officially valid UBL, CII and Factur-X document of the corpus back in its own syntax and in the
/// other, and reads each copy again.
/// </summary>
internal sealed class RoundTripRun
{
    private RoundTripRun(List<RoundTripCase> cases, TimeSpan elapsed)
    {
        Cases = cases;
        Elapsed = elapsed;
    }

    public IReadOnlyList<RoundTripCase> Cases { get; }

    public TimeSpan Elapsed { get; }

    public static RoundTripRun Execute(string corpus)
    {
        var clock = Stopwatch.StartNew();
        var cases = new List<RoundTripCase>();
        foreach (var row in Csv.ReadCsv(Path.Combine(corpus, "verdicts.csv")))
        {
            var file = row["file"];
            if (row["valid_xsd_and_sch"] != "true" || !(file.StartsWith("ubl/", StringComparison.Ordinal) ||
                file.StartsWith("cii/", StringComparison.Ordinal) || file.StartsWith("facturx/", StringComparison.Ordinal)))
            {
                continue;
            }

            var report = InvoiceValidator.Validate(File.ReadAllBytes(Path.Combine(corpus, file.Split('#')[0])));
            if (report.Invoice is { } invoice)
            {
                cases.Add(RoundTrip(file, invoice));
            }
        }

        return new RoundTripRun(cases, clock.Elapsed);
    }

    private static RoundTripCase RoundTrip(string file, Invoice source)
    {
        var ubl = Copy("ubl", UblInvoiceWriter.Write(source, out var ublLosses), source, ublLosses);
        var cii = Copy("cii", CiiInvoiceWriter.Write(source, FacturXProfile.En16931, out var ciiLosses), source, ciiLosses);
        return source.Syntax == InvoiceSyntax.Cii ? new RoundTripCase(file, "cii", cii, ubl) : new RoundTripCase(file, "ubl", ubl, cii);
    }

    private static WrittenCopy Copy(string syntax, byte[] xml, Invoice source, IReadOnlyList<ConversionLoss> losses)
    {
        var report = InvoiceValidator.Validate(xml);
        var differences = report.Invoice is { } written ? ModelComparison.Differences(source, written) : ["not read back: " + report.Detection.Reason];
        return new WrittenCopy(syntax, xml, differences, report.FatalRuleIds, losses.Select(l => l.Term).ToList());
    }
}
