using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class MentionsRuleTests
{
    [Fact]
    public void Apply_EveryNodeTheArticleRefersTo_IsMentionedWithItsFirstReference()
    {
        var result = Some.Story("The Chinese president met Modi on Thursday to discuss climate change.");
        var article = result.Graph.NodesOf<Article>().Single();

        foreach (var node in result.Graph.Nodes.Where(n => n != article))
        {
            var mentions = GraphAssert.HasEdge(result.Graph, "Mentions", article.Id, node.Id);
            Assert.All(mentions.Evidence, e => Assert.Equal("test", e.Article));
        }

        Assert.Equal("The Chinese president", GraphAssert.HasEdge(result.Graph, "Mentions", article.Id, "leader:xi-jinping").Evidence[0].Text);
    }
}
