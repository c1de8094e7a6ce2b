using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using RelationsGraph.Benchmarks.Harness;
using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Pipeline;

namespace RelationsGraph.Benchmarks.Suites;

/// <summary>The extraction pipeline's throughput on a fixed synthetic corpus, against the gazetteer scan it starts with.</summary>
[Description("Extract a fixed corpus of Size synthetic news articles (SyntheticCorpus, default seed: ~5,200 characters each, 30 % with scraped-page noise), held in memory as ArticleSource records, into one graph. Baseline GazetteerScan: the knowledge base's three gazetteers (entities, titles, topics: the Aho-Corasick automata the pipeline's mention finder uses) over each article's whole text, nothing else. Pipeline1Worker, Pipeline2Workers: GraphExtractor.ExtractBatch(articles, 1 or 2): reading, mentions, resolution, rules, each article's graph, event reconciliation and the merge. MB/s counts the UTF-8 bytes of the texts (what the corpus's files hold; the text is nearly all ASCII, so about one byte per character); articles/s is Size over the mean. Each method returns the characters of the articles it covered: for the pipelines, of the articles whose node is in the merged graph.")]
[SuiteSizes(Unit = "articles", ShortMaximum = Sizes.Articles, Smoke = Sizes.SmokeArticles)]
public class ExtractionBenchmarks : IPayloadSize
{
    private GraphExtractor extractor = null!;
    private MentionGazetteers gazetteers = null!;
    private ArticleSource[] articles = [];
    private Dictionary<string, int> lengths = [];

    /// <summary>Articles in the corpus.</summary>
    [Params(Sizes.Articles, Sizes.ArticlesLarge)]
    public int Size { get; set; }

    /// <summary>The matches of the last scan, kept so that the scan cannot be optimized away.</summary>
    public long Matches { get; private set; }

    /// <summary>
    /// Loads the bundled knowledge base and its gazetteers, generates the corpus, and runs the scan and the pipeline
    /// over it until the JIT has compiled every method they reach at its final tier (<see cref="JitWarmup"/>): the
    /// pipeline's code is too large for BenchmarkDotNet's few warm-up iterations.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        extractor = new GraphExtractor();
        gazetteers = MentionGazetteers.For(extractor.KnowledgeBase);
        articles = ExtractionInputs.Articles(Size);
        lengths = articles.ToDictionary(a => NodeId.Create(Article.IdPrefix, a.Id), a => a.Text.Length, StringComparer.Ordinal);
        var (passes, settled) = JitWarmup.Run(() =>
        {
            GazetteerScan();
            Pipeline1Worker();
        });
        Console.WriteLine($"// Extraction warm-up: {passes} passes over {Size} articles, JIT {(settled ? "settled" : "still compiling")}.");
    }

    /// <summary>The three gazetteers over every article's text.</summary>
    [Benchmark(Baseline = true)]
    public long GazetteerScan()
    {
        long characters = 0, matches = 0;
        foreach (var article in articles)
        {
            matches += gazetteers.Entities.FindAll(article.Text).Count + gazetteers.Titles.FindAll(article.Text).Count + gazetteers.Topics.FindAll(article.Text).Count;
            characters += article.Text.Length;
        }

        Matches = matches;
        return characters;
    }

    /// <summary>The whole pipeline on one thread.</summary>
    [Benchmark]
    public long Pipeline1Worker() => Covered(extractor.ExtractBatch(articles, 1));

    /// <summary>The whole pipeline, two articles at a time.</summary>
    [Benchmark]
    public long Pipeline2Workers() => Covered(extractor.ExtractBatch(articles, 2));

    /// <inheritdoc />
    public long PayloadBytes(string method) => ExtractionInputs.Utf8Bytes(Size);

    private long Covered(BatchExtraction batch) => batch.Graph.NodesOf<Article>().Sum(a => (long)lengths[a.Id]);
}
