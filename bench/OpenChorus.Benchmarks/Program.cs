using System.Globalization;
using BenchmarkDotNet.Running;
using OpenChorus.Benchmarks;

// Formats throughput: dotnet run -c Release --project bench/OpenChorus.Benchmarks -- --filter '*'
// Memory over a long batch: dotnet run -c Release --project bench/OpenChorus.Benchmarks -- --batch 10000
// (OPENCHORUS_CORPUS must point at the shared corpus for the corpus benchmarks and the batch).
if (args is ["--batch", var count])
{
    BatchMemory.Run(int.Parse(count, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
