using RelationsGraph.Benchmarks.Suites;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>One performance target of the issue: a ratio to a suite's baseline that must stay at or under a limit at every size.</summary>
/// <param name="Name">The target as the issue states it.</param>
/// <param name="Suite">The suite.</param>
/// <param name="Method">The method compared with the suite's baseline.</param>
/// <param name="MaximumRatio">The largest acceptable mean-time ratio to the baseline.</param>
internal sealed record Target(string Name, Type Suite, string Method, double MaximumRatio)
{
    /// <summary>The ratio targets, in the order. (The memory target is checked on <see cref="MemoryFigures"/>.)</summary>
    public static IReadOnlyList<Target> All { get; } =
    [
        new("typed graph build ≤ 1.3× raw QuikGraph", typeof(GraphBuildBenchmarks), nameof(GraphBuildBenchmarks.TypedGraph), 1.3),
        new("typed graph BFS ≤ 1.3× raw QuikGraph", typeof(GraphSearchBenchmarks), nameof(GraphSearchBenchmarks.TypedGraph), 1.3),
        new("generated JSON write ≥ 2× faster than reflection STJ (ratio ≤ 0.5)", typeof(JsonWriteBenchmarks), nameof(JsonWriteBenchmarks.GeneratedWriter), 0.5),
        new("generated JSON read ≥ 2× faster than reflection STJ (ratio ≤ 0.5)", typeof(JsonReadBenchmarks), nameof(JsonReadBenchmarks.GeneratedReader), 0.5),
    ];

    /// <summary>The memory target: bytes the graph retains per edge without evidence.</summary>
    public const double MaximumBytesPerEdge = 300;
}
