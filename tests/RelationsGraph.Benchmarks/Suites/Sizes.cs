namespace RelationsGraph.Benchmarks.Suites;

/// <summary>
/// The sizes the suites run at: graph sizes in nodes, and corpus sizes in articles for the extraction suite. <c>short</c>
/// runs each suite's sizes up to its <see cref="Harness.SuiteSizesAttribute.ShortMaximum"/> (<see cref="ShortMaximum"/>
/// unless the suite says otherwise), <c>full</c> runs all.
/// </summary>
public static class Sizes
{
    public const int Small = 10_000;

    public const int Medium = 100_000;

    public const int Large = 1_000_000;

    /// <summary>
    /// The largest JSON suite size: at a million nodes the indented document with evidence nears 2 GB, the limit of a
    /// .NET array, which both JSON paths need to hold it.
    /// </summary>
    public const int LargeJson = 300_000;

    /// <summary>The largest size of the short run.</summary>
    public const int ShortMaximum = Medium;

    /// <summary>The size every suite runs at in the smoke run.</summary>
    public const int Smoke = 500;

    /// <summary>
    /// The extraction suite's corpus in the short run: about 520,000 characters, so that one single-worker extraction
    /// takes a fraction of a second to a second on the 2-core machine the numbers come from.
    /// </summary>
    public const int Articles = 100;

    /// <summary>The extraction suite's larger corpus, in the full run only: the batch's merge and event reconciliation grow with it.</summary>
    public const int ArticlesLarge = 400;

    /// <summary>The extraction suite's corpus in the smoke run.</summary>
    public const int SmokeArticles = 10;
}
