using System.Diagnostics;
using System.Globalization;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Benchmarks;

/// <summary>
/// Validates a long batch of documents (the corpus's real invoices, cycled) on one thread and prints, at intervals,
/// the managed heap after a full collection, the bytes allocated and the collections so far: the heap must stay flat.
/// </summary>
internal static class BatchMemory
{
    public static void Run(int count)
    {
        var documents = CorpusDocuments.Load("ubl", "cii", "facturx");
        var step = Math.Max(1, count / 10);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"{count:N0} documents, the corpus's {documents.Count:N0} real invoices cycled");
        Console.WriteLine("documents | heap after full GC (MB) | allocated (MB) | gen0/gen1/gen2 | working set (MB) | elapsed (s)");
        Print(0, clock);
        for (var i = 1; i <= count; i++)
        {
            InvoiceValidator.Validate(documents[(i - 1) % documents.Count]);
            if (i % step == 0 || i == count)
            {
                Print(i, clock);
            }
        }
    }

    private static void Print(int done, Stopwatch clock)
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
        var allocated = GC.GetTotalAllocatedBytes() / 1e6;
        var workingSet = Environment.WorkingSet / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{done,9:N0} | {heap,23:F1} | {allocated,14:F0} | {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} | {workingSet,16:F0} | {clock.Elapsed.TotalSeconds,11:F1}"));
    }
}
