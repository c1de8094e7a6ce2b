using System.Reflection;
using RelationsGraph.Benchmarks.Suites;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// What a suite's <c>Size</c> parameter counts and which of its sizes the <c>short</c> and <c>smoke</c> runs use. A suite
/// without this attribute counts nodes, runs its sizes up to <see cref="Sizes.ShortMaximum"/> in <c>short</c>, and the
/// smoke run's size in <c>smoke</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SuiteSizesAttribute : Attribute
{
    private static readonly SuiteSizesAttribute Default = new();

    /// <summary>What Size counts, plural: <c>nodes</c> (the default) or <c>articles</c>.</summary>
    public string Unit { get; set; } = "nodes";

    /// <summary>The largest Size the <c>short</c> run measures (<c>full</c> measures every size).</summary>
    public int ShortMaximum { get; set; } = Sizes.ShortMaximum;

    /// <summary>The Size of the <c>smoke</c> run, or 0 for the smoke run's own size (500 unless given).</summary>
    public int Smoke { get; set; }

    /// <summary>The attribute of <paramref name="suite"/>, or the defaults.</summary>
    public static SuiteSizesAttribute Of(Type suite) => suite.GetCustomAttribute<SuiteSizesAttribute>() ?? Default;

    /// <summary>The Size <paramref name="suite"/> runs at in a smoke run of <paramref name="size"/>.</summary>
    public static int SmokeSize(Type suite, int size) => Of(suite).Smoke is > 0 and var own ? own : size;
}
