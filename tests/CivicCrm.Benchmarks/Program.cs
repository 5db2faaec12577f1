using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Short runs on purpose: the machines this runs on are shared; see docs/BENCHMARKS.md for the figures.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithId("ShortRun"))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(CivicCrm.Benchmarks.DuplicateLookupBenchmarks).Assembly).Run(args, config);
