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

    [Theory]
    [InlineData("Albanese and Marcos both took part in the East Asia Summit in Jakarta on Thursday.", "org:east-asia-summit", false)]
    [InlineData("They met in New York on the margins of the United Nations General Assembly.", "org:united-nations-general-assembly", false)]
    [InlineData("Albanese and Marcos both took part in the G20 summit in New Delhi on Saturday.", "org:g20", true)]
    public void Apply_OrganizationNamedAsItsOwnSeries_OnlyTheEditionIsMentioned(string sentence, string organization, bool mentioned)
    {
        var result = Some.Extract("Sep 10, 2023 20:00", "MANILA, Sept. 10 (Wire)", sentence);

        Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);
        Assert.Equal(mentioned, result.Graph.Edges.Any(e => (e.Source.Id == organization || e.Target.Id == organization) && e.Evidence.Any(v => !v.IsReference)));
    }
}
