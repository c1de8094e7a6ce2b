using RelationsGraph.Benchmarks.Corpus;
using RelationsGraph.Benchmarks.Randomness;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Serialization;

namespace RelationsGraph.Benchmarks.Tests.Extraction;

/// <summary>
/// The extraction suite compares one worker with two on the synthetic corpus: they must do the same work. The extraction
/// tests check <c>ExtractAll</c> on the fixtures; this checks <c>ExtractBatch</c>, the suite's call, on the suite's input.
/// </summary>
public class ExtractBatchDeterminismTests
{
    private static readonly ArticleSource[] Corpus = [.. SyntheticCorpus.Articles(24).Select(a => new ArticleSource(a.Id, a.Text))];

    private static readonly GraphExtractor Extractor = new();

    [Fact]
    public void ExtractBatch_SyntheticCorpus_WritesByteIdenticalJsonForOneOrTwoWorkersAndAShuffledOrder()
    {
        var one = Extractor.ExtractBatch(Corpus, 1);
        var two = Extractor.ExtractBatch(Corpus, 2);
        var shuffled = Extractor.ExtractBatch(Shuffled(Corpus, seed: 7), 2);

        var expected = Json(one.Graph);
        Assert.Equal(expected, Json(two.Graph));
        Assert.Equal(expected, Json(shuffled.Graph));
        Assert.Equal(one.Diagnostics, two.Diagnostics);
        Assert.Equal(one.Diagnostics, shuffled.Diagnostics);
    }

    [Fact]
    public void ExtractBatch_SyntheticCorpus_ExtractsEveryArticleAndTheirEvents()
    {
        var batch = Extractor.ExtractBatch(Corpus, 2);

        Assert.Equal(Corpus.Length, batch.Graph.NodesOf<Article>().Count());
        Assert.NotEmpty(batch.Graph.NodesOf<Event>());
        Assert.NotEmpty(batch.Graph.EdgesOf<ParticipatedIn>());
    }

    private static byte[] Json(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        GraphJsonWriter.Write(graph, stream);
        return stream.ToArray();
    }

    private static ArticleSource[] Shuffled(ArticleSource[] articles, ulong seed)
    {
        var random = new Pcg32(seed);
        var shuffled = (ArticleSource[])articles.Clone();
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        Assert.NotEqual(articles.Select(a => a.Id), shuffled.Select(a => a.Id));
        return shuffled;
    }
}
