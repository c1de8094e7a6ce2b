namespace RelationsGraph.Tests.Support;

public sealed class ReferenceGraphsTests
{
    [Fact]
    public void ChinaJapan_ArticleEvidence_QuotesTheArticleAtItsSpanAndSentence()
    {
        var evidence = ReferenceGraphs.ChinaJapan().Edges.SelectMany(e => e.Evidence).Where(e => !e.IsReference).ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.Equal(ReferenceArticle.Id, e.Article);
            Assert.Equal(e.Text, ReferenceArticle.Text[e.Start..e.End]);
            var sentenceStart = ReferenceArticle.SentenceStart(e.Sentence);
            Assert.InRange(e.Start, sentenceStart, sentenceStart + ReferenceArticle.Sentences[e.Sentence].Length);
            Assert.InRange(e.End, e.Start, sentenceStart + ReferenceArticle.Sentences[e.Sentence].Length);
        });
    }

    [Fact]
    public void ChinaJapan_EveryEdge_HasEvidence() =>
        Assert.All(ReferenceGraphs.ChinaJapan().Edges, e => Assert.NotEmpty(e.Evidence));

    [Fact]
    public void ChinaJapan_KnowledgeBaseFacts_NameTheKnowledgeBase() =>
        Assert.All(
            ReferenceGraphs.ChinaJapan().Edges.SelectMany(e => e.Evidence).Where(e => e.IsReference),
            e => Assert.Equal(Kb.Name, e.Reference));
}
