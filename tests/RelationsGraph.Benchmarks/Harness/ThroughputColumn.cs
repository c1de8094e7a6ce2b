using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>A "MB/s" column: the bytes one operation of an <see cref="IPayloadSize"/> suite moves divided by its mean time.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => "RelationsGraph.Throughput";

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) written or read per second: the bytes of one operation (graph JSON, exported text, article text in UTF-8) over its mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics && Payload.BytesFor(benchmarkCase) is { } bytes
            ? Payload.MegabytesPerSecond(bytes, statistics.Mean).ToString("N1", CultureInfo.InvariantCulture)
            : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
