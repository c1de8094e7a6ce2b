using BenchmarkDotNet.Reports;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>Reads BenchmarkDotNet's summary into <see cref="ResultRow"/>s, in a fixed order: suite, size, baseline first, method.</summary>
internal static class ResultRows
{
    public static IReadOnlyList<ResultRow> From(Summary summary)
    {
        var rows = new List<ResultRow>();
        foreach (var report in summary.Reports)
        {
            var benchmark = report.BenchmarkCase;
            var statistics = report.ResultStatistics;
            var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmark));
            if (baseline is not null && baseline.Descriptor.Type != benchmark.Descriptor.Type)
            {
                throw new InvalidOperationException($"The baseline of {benchmark.DisplayInfo} is {baseline.DisplayInfo}, another suite's: group the suites by type.");
            }

            var baselineMean = baseline is not null ? summary[baseline]?.ResultStatistics?.Mean : null;
            var bytes = Payload.BytesFor(benchmark);
            rows.Add(new ResultRow(
                benchmark.Descriptor.Type.Name,
                benchmark.Descriptor.WorkloadMethod.Name,
                BenchmarkConfigs.SizeOf(benchmark),
                benchmark.Parameters.DisplayInfo,
                benchmark.Descriptor.Baseline,
                statistics?.Mean,
                statistics?.ConfidenceInterval.Margin,
                statistics is not null && baselineMean is { } b ? statistics.Mean / b : null,
                report.GcStats.GetBytesAllocatedPerOperation(benchmark),
                statistics is not null && bytes is { } n ? Payload.MegabytesPerSecond(n, statistics.Mean) : null,
                statistics is not null ? ItemThroughputColumn.PerSecond(BenchmarkConfigs.SizeOf(benchmark), statistics.Mean) : null));
        }

        return
        [
            .. rows.OrderBy(r => r.Suite, StringComparer.Ordinal)
                .ThenBy(r => r.Size)
                .ThenBy(r => r.Parameters, StringComparer.Ordinal)
                .ThenBy(r => r.IsBaseline ? 0 : 1)
                .ThenBy(r => r.Method, StringComparer.Ordinal),
        ];
    }
}
