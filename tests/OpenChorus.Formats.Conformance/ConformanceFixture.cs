namespace OpenChorus.Formats.Conformance;

/// <summary>Runs the corpus once for the whole class; the run fails every test clearly when the corpus is missing.</summary>
public sealed class ConformanceFixture
{
    private readonly Lazy<(ConformanceRun Run, ConformanceFigures Figures, string Report)> _result = new(() =>
    {
        var run = ConformanceRun.Execute(Corpus.Root());
        var figures = ConformanceFigures.Of(run);
        return (run, figures, ConformanceReport.Write(run, figures));
    });

    internal ConformanceRun Run => _result.Value.Run;

    internal ConformanceFigures Figures => _result.Value.Figures;

    internal string Summary => ConformanceReport.Summary(Figures);
}
