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

    [Fact]
    public void Apply_SittingLeaderNamedWithHisCountry_QuotesTheSentenceThatNamesBoth()
    {
        var result = Some.Extract("May 18, 2023 20:00", "HIROSHIMA, May 18 (Wire)",
            "Rishi Sunak and his Japanese counterpart, Fumio Kishida, signed an accord.", "The accord shows the UK will send Sunak's ships to the region.");
        var office = GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:rishi-sunak", "country:gb");

        Assert.Contains(KnowledgeBase.Reference, office.Evidence);
        var quoted = Assert.Single(office.Evidence, e => e.Article is not null);
        Assert.Equal("UK will send Sunak", quoted.Text);
    }

    [Fact]
    public void Apply_HeadOfStateOutsideTheG20NamedBySurnameAndTitle_IsTheKnowledgeBasesLeaderOfHisCountry()
    {
        // The text never gives his given name: the knowledge base knows who "President Mnangagwa" was in July 2023.
        var result = Some.Extract("Jul 29, 2023 00:07", "ST PETERSBURG (Wire)",
            "President Mnangagwa held talks with President Vladimir Putin in St Petersburg.", "Zimbabwe's President Mnangagwa thanked Russia for the helicopter.");

        GraphAssert.EventOf(result.Graph, "leader:emmerson-mnangagwa", "leader:vladimir-putin");
        var office = GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:emmerson-mnangagwa", "country:zw");
        Assert.Contains(office.Evidence, e => e.Article is not null);
    }

    [Fact]
    public void Apply_FormerLeaderNamedWithHisCountry_QuotesThePastOffice()
    {
        // Boris Johnson had left office by May 2023; the knowledge base's office carries its term.
        var result = Some.Extract("May 18, 2023 20:00", "HIROSHIMA, May 18 (Wire)", "Rishi Sunak met Fumio Kishida.", "Boris Johnson once led the UK into similar talks.");
        var office = (LeaderOf)GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:boris-johnson", "country:gb");

        Assert.Equal("Boris Johnson once led the UK", Assert.Single(office.Evidence, e => e.Article is not null).Text);
        Assert.NotNull(office.Until);
    }

    [Fact]
    public void Apply_LeaderNeverNamedWithHisCountryInOneSentence_KeepsOnlyTheReference()
    {
        var result = Some.Extract("May 18, 2023 20:00", "HIROSHIMA, May 18 (Wire)", "Rishi Sunak met Fumio Kishida.", "The UK and Japan signed an accord.");
        var office = GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:rishi-sunak", "country:gb");

        Assert.Equal([KnowledgeBase.Reference], office.Evidence);
    }
}
