using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Resolution;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Pipeline;

/// <summary>
/// A mention pattern that throws on a sentence costs that sentence what the pattern had left to find, with a
/// diagnostic; never the article or its batch (a scraped tag line once stopped a whole `relgraph ingest`). The same
/// holds for the patterns that read the whole article and for the resolution of each sentence.
/// </summary>
public sealed class PatternFailureTests
{
    private const string Trap = "Related Topics: Tokyo | Beijing";

    private static readonly string Text = Some.Article(
        "Nov 16, 2023 20:00",
        "SAN FRANCISCO, Nov. 16 (Wire)",
        "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida on Thursday.",
        Trap);

    /// <summary>An extractor whose finder ends with a pattern that throws <paramref name="error"/> on the trap's sentence.</summary>
    private static GraphExtractor Tripping(Exception error)
    {
        var kb = Some.KnowledgeBase;
        var step = new MentionStep("TrapPattern", s =>
        {
            if (s.Sentence.Text.StartsWith("Related", StringComparison.Ordinal))
            {
                throw error;
            }
        });
        return new GraphExtractor(kb) { Finder = new MentionFinder(kb, step) };
    }

    [Fact]
    public void Extract_PatternThrowsOnOneSentence_ReportsItThereAndKeepsTheArticlesFacts()
    {
        var result = Tripping(new ArgumentOutOfRangeException("index", "past the end")).Extract(ArticleReader.Read("trap", Text));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains("TrapPattern", StringComparison.Ordinal));
        Assert.Equal(result.Article.Sentences.Single(s => s.Text.StartsWith("Related", StringComparison.Ordinal)).Index, diagnostic.Sentence);
        Assert.Contains("failed", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("ArgumentOutOfRangeException: past the end", diagnostic.Message, StringComparison.Ordinal);
        var meeting = Assert.Single(result.Graph.NodesOf<Event>());
        Assert.Equal(2, result.Graph.InEdges<ParticipatedIn>(meeting).Count());
    }

    [Fact]
    public void ExtractBatch_PatternThrowsInOneArticle_TheBatchCompletesWithTheOthers()
    {
        var other = Some.Article("Nov 16, 2023 20:00", "TOKYO, Nov. 16 (Wire)", "Modi met Albanese on Thursday.");

        var batch = Tripping(new KeyNotFoundException()).ExtractBatch([new ArticleSource("trap", Text), new ArticleSource("other", other)], 2);

        Assert.Contains(batch.Diagnostics, d => d.Article == "trap" && d.Message.Contains("TrapPattern", StringComparison.Ordinal));
        Assert.NotNull(batch.Graph.GetNode<Article>("article:trap"));
        Assert.NotNull(batch.Graph.GetNode<Article>("article:other"));
    }

    [Fact]
    public void Extract_PatternThrowsAnErrorNoHeuristicMakes_TheErrorIsLetThrough() =>
        Assert.Throws<InsufficientExecutionStackException>(() => Tripping(new InsufficientExecutionStackException()).Extract(ArticleReader.Read("trap", Text)));

    [Fact]
    public void Find_OneSentenceAskedForDirectly_ThePatternsErrorReachesTheCaller()
    {
        var kb = Some.KnowledgeBase;
        var finder = new MentionFinder(kb, new MentionStep("TrapPattern", _ => throw new InvalidOperationException("trap")));

        Assert.Throws<InvalidOperationException>(() => finder.Find(Trap, new Sentence(0, 0, 0, Trap.Length, Trap)));
    }

    [Fact]
    public void Extract_WholeArticlePatternThrows_ReportsItOnTheArticleAndKeepsTheFacts()
    {
        var kb = Some.KnowledgeBase;
        var extractor = new GraphExtractor(kb) { Finder = new MentionFinder(kb, new ArticleMentionStep("TrapArticlePattern", (_, _) => throw new ArgumentOutOfRangeException("index", "past the end"))) };

        var result = extractor.Extract(ArticleReader.Read("trap", Text));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains("TrapArticlePattern", StringComparison.Ordinal));
        Assert.Null(diagnostic.Sentence);
        Assert.Contains("failed on this article", diagnostic.Message, StringComparison.Ordinal);
        var meeting = Assert.Single(result.Graph.NodesOf<Event>());
        Assert.Equal(2, result.Graph.InEdges<ParticipatedIn>(meeting).Count());
    }

    [Fact]
    public void Extract_ResolutionThrowsOnOneSentence_ReportsItThereAndResolvesTheOthers()
    {
        var kb = Some.KnowledgeBase;
        var extractor = new GraphExtractor(kb) { Resolver = new MentionResolver(kb, TrapResolution) };

        var result = extractor.Extract(ArticleReader.Read("trap", Text));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains("resolution", StringComparison.Ordinal));
        Assert.Equal(result.Article.Sentences.Single(s => s.Text.StartsWith("Related", StringComparison.Ordinal)).Index, diagnostic.Sentence);
        Assert.Contains("KeyNotFoundException", diagnostic.Message, StringComparison.Ordinal);
        var meeting = Assert.Single(result.Graph.NodesOf<Event>());
        Assert.Equal(2, result.Graph.InEdges<ParticipatedIn>(meeting).Count());
    }

    [Fact]
    public void ExtractBatch_ResolutionThrowsInOneArticle_TheBatchCompletesWithTheOthers()
    {
        var kb = Some.KnowledgeBase;
        var extractor = new GraphExtractor(kb) { Resolver = new MentionResolver(kb, TrapResolution) };
        var other = Some.Article("Nov 16, 2023 20:00", "TOKYO, Nov. 16 (Wire)", "Modi met Albanese on Thursday.");

        var batch = extractor.ExtractBatch([new ArticleSource("trap", Text), new ArticleSource("other", other)], 2);

        Assert.Contains(batch.Diagnostics, d => d.Article == "trap" && d.Message.Contains("resolution", StringComparison.Ordinal));
        Assert.NotNull(batch.Graph.GetNode<Article>("article:other"));
    }

    [Fact]
    public void Resolve_ArticleAskedForDirectly_TheStepsErrorReachesTheCaller()
    {
        var kb = Some.KnowledgeBase;
        var article = ArticleReader.Read("trap", Text);
        var sentences = new MentionFinder(kb).Find(article);

        Assert.Throws<KeyNotFoundException>(() => new MentionResolver(kb, TrapResolution).Resolve(article, sentences));
    }

    /// <summary>A resolution step that throws on the trap's sentence.</summary>
    private static void TrapResolution(AnalyzedSentence sentence)
    {
        if (sentence.Sentence.Text.StartsWith("Related", StringComparison.Ordinal))
        {
            throw new KeyNotFoundException("no such mention");
        }
    }
}
