namespace OpenChorus.Formats.Conformance;

/// <summary>The conformance corpus (../shared/corpus), found through the OPENCHORUS_CORPUS environment variable.</summary>
internal static class Corpus
{
    public const string Variable = "OPENCHORUS_CORPUS";

    /// <summary>The corpus folder; throws with a clear message when the variable is unset or wrong.</summary>
    public static string Root()
    {
        var root = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. The conformance lane needs the corpus: run it as " +
                $"{Variable}=/path/to/shared/corpus dotnet test --project tests/OpenChorus.Formats.Conformance " +
                "(scripts/test.sh sets it when ../shared/corpus exists).");
        }

        if (!Path.IsPathRooted(root) && !Directory.Exists(root))
        {
            // A relative path is taken from the repository root, where scripts/test.sh runs.
            root = Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), root));
        }

        if (!File.Exists(Path.Combine(root, "verdicts.csv")))
        {
            throw new InvalidOperationException($"{Variable}={root} holds no verdicts.csv: point it at the shared corpus folder.");
        }

        return root;
    }
}
