using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Inaugurations leaders attend: "attended the swearing-in ceremony of ...", "attended Modi's swearing-in ceremony".</summary>
public sealed class InaugurationTests
{
    private static Event Inauguration(KnowledgeGraph graph) =>
        Assert.Single(graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other && e.Name.StartsWith("inauguration of", StringComparison.Ordinal));

    [Fact]
    public void Apply_LeaderAttendsTheSwearingInCeremonyOfAnother_BothTakePartThere()
    {
        var result = Some.Extract("Jun 3, 2023 18:32", "ANKARA, June 3 (Wire)",
            "Bulgarian President Rumen Radev on Saturday attended the swearing-in ceremony of Turkish President Recep Tayyip Erdogan in Ankara.");

        var inauguration = Inauguration(result.Graph);
        Assert.Equal("inauguration of Recep Tayyip Erdoğan", inauguration.Name);
        Assert.Contains("the swearing-in ceremony", inauguration.Aliases.Items);
        Assert.Equal(new PartialDate(2023, 6, 3), inauguration.Date);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:rumen-radev", inauguration.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:recep-tayyip-erdogan", inauguration.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", inauguration.Id, "place:ankara");
    }

    [Fact]
    public void Apply_LeaderAttendsAnothersSwearingInCeremony_BothTakePart()
    {
        var result = Some.Extract("Jun 10, 2024 18:00", "NEW DELHI, June 10 (Wire)",
            "Maldives President Mohamed Muizzu attended Modi's swearing-in ceremony in New Delhi on Sunday.");

        var inauguration = Inauguration(result.Graph);
        Assert.Equal("inauguration of Narendra Modi", inauguration.Name);
        Assert.Contains("Modi's swearing-in ceremony", inauguration.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:mohamed-muizzu", inauguration.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:narendra-modi", inauguration.Id);
    }

    [Theory]
    [InlineData("Former President Jair Bolsonaro skipped Lula's inauguration and flew to Florida.")]
    [InlineData("Former President Jair Bolsonaro did not attend the inauguration of Luiz Inacio Lula da Silva.")]
    public void Apply_LeaderWhoStayedAway_TakesNoPartButTheOneSwornInDoes(string sentence)
    {
        var result = Some.Extract("Feb 10, 2023 18:00", "WASHINGTON, Feb 10 (Wire)", sentence);

        var inauguration = Inauguration(result.Graph);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:luiz-inacio-lula-da-silva", inauguration.Id);
        GraphAssert.NoEdge(result.Graph, "ParticipatedIn", "leader:jair-bolsonaro", inauguration.Id);
    }

    [Fact]
    public void Apply_InaugurationOfABuilding_IsNoInaugurationOfALeader()
    {
        var result = Some.Extract("Feb 14, 2024 18:00", "ABU DHABI, Feb 14 (Wire)",
            "Indian Prime Minister Narendra Modi will lead the inauguration of the BAPS Hindu Mandir on Wednesday.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.StartsWith("inauguration of", StringComparison.Ordinal));
    }
}
