using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In process: the generated boilerplate project does not build under the repository's strict Directory.Build.props.
// Short runs on purpose: the machines this runs on are shared; see docs/BENCHMARKS.md for the figures.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.JoinSummary);
// The search benchmarks bring their own job (one query per invocation, for per-query percentiles).
if (args.Any(a => a.Contains("Search", StringComparison.Ordinal)))
{
    config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default).WithOptions(ConfigOptions.JoinSummary);
}

BenchmarkSwitcher.FromAssembly(typeof(CivicCrm.Benchmarks.DuplicateLookupBenchmarks).Assembly).Run(args, config);
