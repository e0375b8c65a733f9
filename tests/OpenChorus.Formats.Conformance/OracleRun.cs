using System.Diagnostics;

namespace OpenChorus.Formats.Conformance;

/// <summary>
/// Runs the official EN 16931 artefacts (../shared/tools/en16931-oracle, Java and Saxon) on the round trip's written
/// copies: each copy goes to a temporary folder as own/FILE.xml or cross/FILE.xml, and the oracle's verdicts.csv
/// says which pass XSD and schematron.
/// </summary>
internal sealed class OracleRun
{
    public const string Variable = "OPENCHORUS_ORACLE";

    private OracleRun(Dictionary<string, OracleVerdict> verdicts, TimeSpan elapsed)
    {
        Verdicts = verdicts;
        Elapsed = elapsed;
    }

    /// <summary>Official verdict per written copy, keyed "own/FILE" or "cross/FILE" (FILE as in verdicts.csv).</summary>
    public IReadOnlyDictionary<string, OracleVerdict> Verdicts { get; }

    /// <summary>How long the oracle took (the JVM, XSD and schematron on every copy).</summary>
    public TimeSpan Elapsed { get; }

    public static string Key(string copy, string file) => copy + "/" + file.Replace('#', '_') + ".xml";

    public static OracleRun Execute(RoundTripRun run)
    {
        var script = Script();
        var folder = Directory.CreateTempSubdirectory("openchorus-roundtrip-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(folder.FullName, "in")).FullName;
            foreach (var roundTrip in run.Cases)
            {
                Write(input, Key("own", roundTrip.File), roundTrip.Own.Xml);
                Write(input, Key("cross", roundTrip.File), roundTrip.Cross.Xml);
            }

            var output = Path.Combine(folder.FullName, "out");
            var clock = Stopwatch.StartNew();
            RunScript(script, input, output);
            var elapsed = clock.Elapsed;
            var verdicts = Csv.ReadCsv(Path.Combine(output, "verdicts.csv")).ToDictionary(r => r["file"],
                r => new OracleVerdict(r["valid_xsd_and_sch"] == "true", r["xsd_first_error"], r["fatal_rules"]), StringComparer.Ordinal);
            return new OracleRun(verdicts, elapsed);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Write(string root, string relative, byte[] xml)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, xml);
    }

    private static void RunScript(string script, string input, string output)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(input);
        start.ArgumentList.Add(output);
        start.Environment["XMLLINT"] = "0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(output, "verdicts.csv")))
        {
            throw new InvalidOperationException($"run-oracle.sh failed (exit {process.ExitCode}): {stderr.Result}");
        }
    }

    /// <summary>The oracle folder: OPENCHORUS_ORACLE when set, else tools/en16931-oracle beside the corpus.</summary>
    public static string Folder() => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set
        ? set
        : Path.GetFullPath(Path.Combine(Corpus.Root(), "..", "tools", "en16931-oracle"));

    private static string Script()
    {
        var folder = Folder();
        var script = Path.Combine(folder, "run-oracle.sh");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"No run-oracle.sh in {folder}: set {Variable} to the en16931-oracle folder.");
        }

        if (!File.Exists("/usr/share/java/Saxon-HE.jar") && Environment.GetEnvironmentVariable("SAXON_JAR") is null)
        {
            throw new InvalidOperationException("The oracle needs Java and Saxon-HE: apt-get install -y default-jdk-headless " +
                "libsaxonhe-java poppler-utils libxml2-utils (scripts/test.sh installs them in the conformance lane).");
        }

        return script;
    }
}

/// <summary>The official verdict on one written copy.</summary>
/// <param name="Valid">True when it passes the XSD and the schematron.</param>
/// <param name="XsdError">The first XSD error, if any.</param>
/// <param name="FatalRules">The fatal schematron rules, separated by semicolons.</param>
internal sealed record OracleVerdict(bool Valid, string XsdError, string FatalRules)
{
    public override string ToString() => Valid ? "valid" : $"XSD: {XsdError}; rules: {FatalRules}";
}
