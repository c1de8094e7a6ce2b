using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Inaugurations leaders attend: "attended the swearing-in ceremony of ...", "attended Modi's swearing-in ceremony".</summary>
public sealed class InaugurationTests
{
    private static Event Inauguration(KnowledgeGraph graph) =>
        Assert.Single(graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other && e.Name.StartsWith("inauguration of", StringComparison.Ordinal));

    [Theory]
    [InlineData("Jun 3, 2023 18:32", "ANKARA, June 3 (Wire)",
        "Bulgarian President Rumen Radev on Saturday attended the swearing-in ceremony of Turkish President Recep Tayyip Erdogan in Ankara.",
        "inauguration of Recep Tayyip Erdoğan", "the swearing-in ceremony", "leader:rumen-radev", "leader:recep-tayyip-erdogan", "place:ankara")]
    [InlineData("Jun 10, 2024 18:00", "NEW DELHI, June 10 (Wire)",
        "Maldives President Mohamed Muizzu attended Modi's swearing-in ceremony in New Delhi on Sunday.",
        "inauguration of Narendra Modi", "Modi's swearing-in ceremony", "leader:mohamed-muizzu", "leader:narendra-modi", "place:new-delhi")]
    public void Apply_LeaderAttendsTheSwearingInOfAnother_BothTakePartThere(string page, string dateline, string sentence, string name, string alias, string guest, string sworn, string place)
    {
        var result = Some.Extract(page, dateline, sentence);

        var inauguration = Inauguration(result.Graph);
        Assert.Equal(name, inauguration.Name);
        Assert.Contains(alias, inauguration.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", guest, inauguration.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", sworn, inauguration.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", inauguration.Id, place);
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
