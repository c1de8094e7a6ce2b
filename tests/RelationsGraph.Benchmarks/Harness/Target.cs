using System.Globalization;
using RelationsGraph.Benchmarks.Suites;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// One performance target of the issue, checked at every size a run measured: by default a ratio of a method's mean to
/// its suite's baseline that must stay at or under a limit; see <see cref="TargetKind"/> for the others.
/// </summary>
/// <param name="Name">The target as the issue states it.</param>
/// <param name="Suite">The suite.</param>
/// <param name="Method">The method measured.</param>
/// <param name="Limit">The largest acceptable ratio, or the smallest acceptable speed-up or MB/s.</param>
/// <param name="Kind">What is measured.</param>
/// <param name="Reference">The method compared with, for a ratio or a speed-up; null for the suite's baseline.</param>
internal sealed record Target(string Name, Type Suite, string Method, double Limit, TargetKind Kind = TargetKind.MaximumRatio, string? Reference = null)
{
    /// <summary>The targets, in the order. (The memory target is checked on <see cref="MemoryFigures"/>.)</summary>
    public static IReadOnlyList<Target> All { get; } =
    [
        new("typed graph build ≤ 1.3× raw QuikGraph", typeof(GraphBuildBenchmarks), nameof(GraphBuildBenchmarks.TypedGraph), 1.3),
        new("typed graph BFS ≤ 1.3× raw QuikGraph (the number view, KnowledgeGraph.Indexed)", typeof(GraphSearchBenchmarks), nameof(GraphSearchBenchmarks.TypedGraphIndexed), 1.3),
        new("generated JSON write ≥ 2× faster than reflection STJ (ratio ≤ 0.5)", typeof(JsonWriteBenchmarks), nameof(JsonWriteBenchmarks.GeneratedWriter), 0.5),
        new("generated JSON read ≥ 2× faster than reflection STJ (ratio ≤ 0.5)", typeof(JsonReadBenchmarks), nameof(JsonReadBenchmarks.GeneratedReader), 0.5),
        new("extraction ≥ 20 MB/s per core (one worker)", typeof(ExtractionBenchmarks), nameof(ExtractionBenchmarks.Pipeline1Worker), 20, TargetKind.MinimumMegabytesPerSecond),
        new("extraction pipeline ≤ 5× the gazetteer scan", typeof(ExtractionBenchmarks), nameof(ExtractionBenchmarks.Pipeline1Worker), 5),
        new("2 extraction workers ≥ 1.7× faster than one", typeof(ExtractionBenchmarks), nameof(ExtractionBenchmarks.Pipeline2Workers), 1.7, TargetKind.MinimumSpeedup, nameof(ExtractionBenchmarks.Pipeline1Worker)),
    ];

    /// <summary>The memory target: bytes the graph retains per edge without evidence.</summary>
    public const double MaximumBytesPerEdge = 300;

    /// <summary>The measured value at each size the rows hold, smallest size first; empty when the method did not run.</summary>
    public IReadOnlyList<(ResultRow Row, double Value)> Measure(IReadOnlyList<ResultRow> rows)
    {
        var measured = new List<(ResultRow, double)>();
        foreach (var row in rows.Where(r => r.Suite == Suite.Name && r.Method == Method && r.MeanNanoseconds is not null).OrderBy(r => r.Size))
        {
            var reference = rows.FirstOrDefault(r => r.Suite == row.Suite && r.Parameters == row.Parameters && (Reference is null ? r.IsBaseline : r.Method == Reference));
            double? value = Kind switch
            {
                TargetKind.MinimumMegabytesPerSecond => row.MegabytesPerSecond,
                TargetKind.MinimumSpeedup => reference?.MeanNanoseconds / row.MeanNanoseconds,
                _ => row.MeanNanoseconds / reference?.MeanNanoseconds,
            };
            if (value is { } v)
            {
                measured.Add((row, v));
            }
        }

        return measured;
    }

    /// <summary>The worst of <paramref name="values"/>: the largest ratio, or the smallest speed-up or MB/s.</summary>
    public double Worst(IEnumerable<double> values) => Kind == TargetKind.MaximumRatio ? values.Max() : values.Min();

    /// <summary>Whether <paramref name="worst"/> meets the target.</summary>
    public bool IsMet(double worst) => Kind == TargetKind.MaximumRatio ? worst <= Limit : worst >= Limit;

    /// <summary>A measured value as the report prints it: <c>1.23×</c> or <c>4.5 MB/s</c>.</summary>
    public string Format(double value) => Kind == TargetKind.MinimumMegabytesPerSecond
        ? value.ToString("N1", CultureInfo.InvariantCulture) + " MB/s"
        : value.ToString("0.00", CultureInfo.InvariantCulture) + "×";
}
