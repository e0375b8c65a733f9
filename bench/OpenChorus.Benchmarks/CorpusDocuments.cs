namespace OpenChorus.Benchmarks;

/// <summary>The real invoices of the corpus (ubl/, cii/, facturx/; not the unit fragments), read into memory once.</summary>
internal static class CorpusDocuments
{
    public static IReadOnlyList<byte[]> Load(params string[] folders)
    {
        var root = Environment.GetEnvironmentVariable("OPENCHORUS_CORPUS");
        if (string.IsNullOrWhiteSpace(root) || !Directory.Exists(root))
        {
            throw new InvalidOperationException("OPENCHORUS_CORPUS must point at the shared corpus folder (e.g. ../shared/corpus).");
        }

        return folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(root, f), "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
    }
}
