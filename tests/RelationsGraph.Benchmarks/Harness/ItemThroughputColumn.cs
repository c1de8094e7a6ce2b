using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// A "Size/s" column: the case's Size (nodes, or articles for a suite whose <see cref="SuiteSizesAttribute.Unit"/> says
/// so) divided by the mean time of one operation. Flat across sizes when the cost grows linearly with the size.
/// </summary>
internal sealed class ItemThroughputColumn : IColumn
{
    public string Id => "RelationsGraph.ItemThroughput";

    public string ColumnName => "Size/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "The Size parameter (nodes, or articles) per second: Size over the mean time of one operation; flat across sizes when the cost is linear";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics && PerSecond(BenchmarkConfigs.SizeOf(benchmarkCase), statistics.Mean) is { } rate
            ? rate.ToString("N0", CultureInfo.InvariantCulture)
            : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    /// <summary><paramref name="size"/> items per second when one operation takes <paramref name="nanoseconds"/>; null for a suite without a Size.</summary>
    public static double? PerSecond(int size, double nanoseconds) => size > 0 && nanoseconds > 0 ? size * 1e9 / nanoseconds : null;
}
