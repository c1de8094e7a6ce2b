using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus of news-style articles about diplomacy: 400 to 1,200 words each, naming countries,
/// leaders, documents, places and organizations in the genre's patterns, with scraped-page noise on
/// <see cref="ArticleComposer.NoisePercent"/> percent of the pages.
/// </summary>
/// <remarks>
/// Article <c>i</c> depends only on the seed and <c>i</c> (it has its own <see cref="Pcg32"/> stream), so the corpus
/// is streamed, never held in memory, and any article can be produced alone: 100,000 articles cost the memory of one.
/// </remarks>
public static class SyntheticCorpus
{
    /// <summary>The seed the benchmarks use.</summary>
    public const ulong DefaultSeed = 20231116;

    /// <summary>Articles 0 to <paramref name="count"/> - 1, produced one at a time as the caller enumerates.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<SyntheticArticle> Articles(int count, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Stream(count, seed);
    }

    /// <summary>Article <paramref name="index"/> of the corpus with <paramref name="seed"/>.</summary>
    public static SyntheticArticle Article(int index, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return ArticleComposer.Compose(index, new Pcg32(seed, (ulong)index));
    }

    private static IEnumerable<SyntheticArticle> Stream(int count, ulong seed)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Article(i, seed);
        }
    }
}
