using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class RepresentedRuleTests
{
    private const string Lead = "Italian Prime Minister Giorgia Meloni met Japanese Prime Minister Fumio Kishida on Thursday.";

    [Fact]
    public void Apply_TheTwoSides_AreTheParticipantsCountries()
    {
        var result = Some.Story(Lead, "The two sides agreed to upgrade ties.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:giorgia-meloni", "leader:fumio-kishida");

        GraphAssert.HasEdge(result.Graph, "Represented", "country:it", meeting.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:jp", meeting.Id);
    }

    [Fact]
    public void Apply_CountryNamedButNotASide_IsNotRepresented()
    {
        var result = Some.Story(Lead, "The Chinese side was not consulted, the two leaders said.");

        Assert.Empty(result.Graph.EdgesOf<Represented>());
    }
}
