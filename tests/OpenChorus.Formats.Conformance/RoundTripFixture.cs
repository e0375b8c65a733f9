namespace OpenChorus.Formats.Conformance;

/// <summary>Runs the round trip once for the round-trip and oracle tests; the written copies are kept in a folder.</summary>
public sealed class RoundTripFixture
{
    private readonly Lazy<RoundTripRun> _run = new(() => RoundTripRun.Execute(Corpus.Root()));

    internal RoundTripRun Run => _run.Value;

    /// <summary>artifacts/conformance/round-trip: where the reports go.</summary>
    internal string Folder { get; } = Directory.CreateDirectory(
        Path.Combine(RepositoryRoot.Find(), "artifacts", "conformance", "round-trip")).FullName;
}
