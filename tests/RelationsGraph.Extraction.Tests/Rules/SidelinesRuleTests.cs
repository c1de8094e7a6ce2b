using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class SidelinesRuleTests
{
    private const string Macron = "leader:emmanuel-macron";
    private const string Lula = "leader:luiz-inacio-lula-da-silva";

    [Theory]
    [InlineData("on the sidelines of")]
    [InlineData("on the margins of")]
    [InlineData("on the fringes of")]
    public void Apply_MeetingOnTheSidelinesOfASummit_IsPartOfItAndSharesItsCity(string words)
    {
        var result = Some.Story($"French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva on Thursday {words} the G20 summit in Rio de Janeiro.");
        var meeting = GraphAssert.EventOf(result.Graph, Macron, Lula);

        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, "event:2023-g20-summit");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:rio-de-janeiro");
        GraphAssert.HasEdge(result.Graph, "HeldIn", "event:2023-g20-summit", "place:rio-de-janeiro");
    }

    [Fact]
    public void Apply_MeetingDuringASummit_IsPartOfIt()
    {
        var result = Some.Story("French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva during the G20 summit on Thursday.");

        GraphAssert.HasEdge(result.Graph, "PartOf", GraphAssert.EventOf(result.Graph, Macron, Lula).Id, "event:2023-g20-summit");
    }

    [Theory]
    [InlineData("ahead of")]
    [InlineData("on the eve of")]
    [InlineData("after")]
    public void Apply_MeetingBeforeOrAfterASummit_IsNotPartOfIt(string words)
    {
        var result = Some.Story($"French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva on Thursday {words} the G20 summit.");

        Assert.Empty(result.Graph.EdgesOf<PartOf>());
    }
}
