using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RelationsGraph.Benchmarks.Suites;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>The two BenchmarkDotNet configurations of the program: <c>short</c> and <c>full</c>.</summary>
internal static class BenchmarkConfigs
{
    /// <summary>
    /// BenchmarkDotNet's ShortRun job (1 launch, 3 warm-up and 3 measured iterations) on each suite's sizes up to its
    /// <see cref="SuiteSizesAttribute.ShortMaximum"/> (<see cref="Sizes.ShortMaximum"/> by default): a quick look, minutes
    /// on a 2-core machine, with wide error bars.
    /// </summary>
    public static IConfig Short() => Create(Job.ShortRun, suite => SuiteSizesAttribute.Of(suite).ShortMaximum);

    /// <summary>BenchmarkDotNet's default job (pilot, warm-up, and iterations until the error is small) on every size.</summary>
    public static IConfig Full() => Create(Job.Default, _ => int.MaxValue);

    private static ManualConfig Create(Job job, Func<Type, int> largestSize) => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(job)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new ThroughputColumn(), new ItemThroughputColumn())
        .AddFilter(new SimpleFilter(benchmark => SizeOf(benchmark) <= largestSize(benchmark.Descriptor.Type)))
        .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared))
        .WithCategoryDiscoverer(new SuiteCategoryDiscoverer())
        .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)
        .WithSummaryStyle(SummaryStyle.Default.WithCultureInfo(CultureInfo.InvariantCulture))
        .WithOptions(ConfigOptions.JoinSummary);

    /// <summary>The case's <c>Size</c> parameter, or 0 for a suite without one.</summary>
    public static int SizeOf(BenchmarkCase benchmark) =>
        benchmark.Parameters.Items.FirstOrDefault(p => p.Name == nameof(GraphBuildBenchmarks.Size))?.Value is int size ? size : 0;
}
