using System.Collections.Concurrent;
using System.Text;
using RelationsGraph.Benchmarks.Corpus;
using RelationsGraph.Extraction.Pipeline;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>The extraction suite's input: the synthetic corpus's first articles, in memory, as the pipeline takes them.</summary>
public static class ExtractionInputs
{
    private static readonly ConcurrentDictionary<int, long> Lengths = new();

    /// <summary>Articles 0 to <paramref name="count"/> - 1 of the synthetic corpus (default seed).</summary>
    public static ArticleSource[] Articles(int count) => [.. SyntheticCorpus.Articles(count).Select(a => new ArticleSource(a.Id, a.Text))];

    /// <summary>The UTF-8 bytes of those articles' texts: what the files of the corpus hold (the same on every run).</summary>
    public static long Utf8Bytes(int count) => Lengths.GetOrAdd(count, static c => Articles(c).Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)));
}
