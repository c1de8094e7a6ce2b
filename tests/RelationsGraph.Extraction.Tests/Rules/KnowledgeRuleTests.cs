using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class KnowledgeRuleTests
{
    [Fact]
    public void Apply_TwoDocumentsTheArticleNames_AddsTheKnowledgeBasesCitationBetweenThem()
    {
        var result = Some.Story("Scholars compared the Shanghai Communique with the August 17 Communique.");
        var cites = GraphAssert.HasEdge(result.Graph, "Cites", "doc:august-17-communique", "doc:shanghai-communique");

        Assert.Equal([KnowledgeBase.Reference], cites.Evidence);
    }

    [Fact]
    public void Apply_OneDocument_AddsNoFactAboutNodesTheArticleDoesNotName()
    {
        var result = Some.Story("Scholars studied the August 17 Communique.");

        Assert.Null(result.Graph.GetNode<Document>("doc:shanghai-communique"));
        Assert.All(result.Graph.Nodes.Where(n => n.Kind != "Article"), n => Assert.True(result.Entities.Contains(n.Id) || n.Kind == "Event"));
    }

    [Fact]
    public void Apply_CapitalAsAPlaceAndItsCountry_AreLocatedByReference()
    {
        var result = Some.Story("Officials in Seoul met Korean business leaders in Seoul.");

        Assert.Contains(KnowledgeBase.Reference, GraphAssert.HasEdge(result.Graph, "LocatedIn", "place:seoul", "country:kr").Evidence);
    }
}
