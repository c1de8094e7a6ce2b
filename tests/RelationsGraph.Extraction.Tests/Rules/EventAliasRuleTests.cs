using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class EventAliasRuleTests
{
    [Fact]
    public void Apply_TalksWithAParticipant_NamesTheMeetingWithItsOtherSide()
    {
        var result = Some.Story("Prime Minister Narendra Modi held talks with Australian Prime Minister Anthony Albanese on Thursday.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese");

        Assert.Contains("talks with Australian Prime Minister Anthony Albanese", meeting.Aliases.Items);
    }

    [Fact]
    public void Apply_MeetingWithSomeoneElse_IsNoAliasOfTheMainMeeting()
    {
        var result = Some.Story(
            "Prime Minister Narendra Modi held talks with Australian Prime Minister Anthony Albanese on Thursday.",
            "Albanese said the talks built on his meeting with Joe Biden.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese");

        Assert.DoesNotContain(meeting.Aliases.Items, a => a.Contains("Biden", StringComparison.Ordinal));
    }
}
