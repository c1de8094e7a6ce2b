using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class MeetingTriggersTests
{
    [Theory]
    [InlineData("during talks at Hyderabad House")]
    [InlineData("at a meeting at Hyderabad House")]
    public void Find_LeadersWhoAgreeDuringTalks_MetThere(string where)
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            $"Egyptian President Abdel-Fattah El-Sisi and Indian Prime Minister Narendra Modi agreed on Wednesday to raise ties to a strategic partnership, {where}.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:abdel-fattah-el-sisi", "leader:narendra-modi");
        Assert.Equal(EventKind.Meeting, meeting.EventKind);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:hyderabad-house");
    }

    [Fact]
    public void Find_DuringTheTalksNamedBefore_IsNoNewMeeting()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "Indian Prime Minister Narendra Modi spoke to reporters on Wednesday.",
            "Modi and President Droupadi Murmu said during the talks that ties were strong.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }
}
