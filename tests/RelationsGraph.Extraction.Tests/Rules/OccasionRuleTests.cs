using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class OccasionRuleTests
{
    [Fact]
    public void Apply_LeaderAttendsAStateFuneral_TakesPartButTheDeceasedDoesNot()
    {
        var result = Some.Extract("Oct 22, 2022 19:00", "PERTH, Australia, Oct. 22 (Wire)",
            "Australian Prime Minister Anthony Albanese went to Tokyo in September to attend the state funeral of former Japanese Prime Minister Shinzo Abe.");

        var funeral = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
        Assert.Equal("state funeral of Shinzo Abe", funeral.Name);
        Assert.Equal(new PartialDate(2022, 9), funeral.Date);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:anthony-albanese", funeral.Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:shinzo-abe");
    }

    [Fact]
    public void Apply_StateDinnerForAGuest_TheHostAndTheGuestTakePart()
    {
        var result = Some.Extract("Apr 10, 2024 23:00", "WASHINGTON, April 10 (Wire)",
            "U.S. President Joe Biden hosted a state dinner for Japanese Prime Minister Fumio Kishida on Wednesday.");

        var dinner = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
        Assert.Equal("state dinner for Fumio Kishida", dinner.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joe-biden", dinner.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:fumio-kishida", dinner.Id);
    }

    [Theory]
    [InlineData("Modi and Kishida held talks in Tokyo in September, when the Prime Minister travelled to attend the state funeral of Shinzo Abe.")]
    [InlineData("The state funeral of former Japanese Prime Minister Shinzo Abe drew criticism at home.")]
    [InlineData("Officials said a dinner was planned.")]
    public void Apply_FuneralNoLeaderOfTheClauseAttendsOrOccasionWithoutItsPerson_IsNoEvent(string sentence)
    {
        var result = Some.Extract("Mar 20, 2023 22:00", "NEW DELHI, March 20 (Wire)", "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Monday.", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
    }
}
