using BenchmarkDotNet.Running;

// Formats throughput: dotnet run -c Release --project bench/OpenChorus.Benchmarks -- --filter '*'
// (OPENCHORUS_CORPUS must point at the shared corpus for the corpus benchmarks).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
