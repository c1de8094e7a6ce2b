using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class VisitRuleTests
{
    [Fact]
    public void Apply_PossessiveVisitToACapital_IsAVisitToItsCountryHeldThere()
    {
        var result = Some.Extract("Jun 21, 2024 09:00", "HANOI, June 20 (Wire)", "Vietnamese officials said Putin's visit to Hanoi in June strengthened ties.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal(EventKind.Visit, visit.EventKind);
        Assert.Equal("visit by Vladimir Putin to Vietnam", visit.Name);
        Assert.Equal(new PartialDate(2024, 6), visit.Date);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:vladimir-putin", visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", visit.Id, "place:hanoi");
    }

    [Fact]
    public void Apply_SubjectPaysAVisitToACountry_IsTheVisitor()
    {
        var result = Some.Story("German Chancellor Olaf Scholz paid a visit to India last month.");

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:olaf-scholz", GraphAssert.EventOf(result.Graph, "leader:olaf-scholz").Id);
    }

    [Fact]
    public void Apply_WelcomedToAVenue_IsAVisitToTheVenuesCountry()
    {
        var result = Some.Story("Biden welcomed Albanese to the White House on Thursday.");

        Assert.Contains(result.Graph.NodesOf<Event>(), e => e.Name == "visit by Anthony Albanese to the United States");
    }

    [Fact]
    public void Apply_VisitToTheVisitorsOwnCountry_IsNoVisit()
    {
        var result = Some.Story("Kishida's visit to Tokyo's suburbs drew crowds.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }
}
