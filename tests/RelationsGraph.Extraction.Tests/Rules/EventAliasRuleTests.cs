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
        Assert.Contains("talks with Australian Prime Minister Anthony Albanese on Thursday", meeting.Aliases.Items);
    }

    [Fact]
    public void Apply_SeparateMeetingThatToldTheEvent_NamesIt()
    {
        var result = Some.Extract("Apr 14, 2023 20:00", "BEIJING (Wire)",
            "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva on Friday.",
            "Earlier, Lula had a separate meeting with Premier Li Qiang.");

        var separate = GraphAssert.EventOf(result.Graph, "leader:luiz-inacio-lula-da-silva", "leader:li-qiang");
        var main = GraphAssert.EventOf(result.Graph, "leader:luiz-inacio-lula-da-silva", "leader:xi-jinping");

        Assert.Contains("a separate meeting with Premier Li Qiang", separate.Aliases.Items);
        Assert.DoesNotContain(main.Aliases.Items, a => a.Contains("separate", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("Kishida said he wants the May summit to send a strong message.", "May summit")]
    [InlineData("Japan will host this year's leaders' summit in Hiroshima.", "leaders' summit")]
    [InlineData("Albanese came from Jakarta, where he had attended the summit of the Association of Southeast Asian Nations.", "summit")]
    public void Apply_SummitOfAnotherMonthOrCity_IsNoAliasOfTheMainMeeting(string sentence, string words)
    {
        var result = Some.Story("Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese in Tokyo on Thursday.", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:anthony-albanese");

        Assert.DoesNotContain(meeting.Aliases.Items, a => a.Contains(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kishida said the November summit sent a strong message.", "November summit")]
    [InlineData("Kishida said the summit in Tokyo sent a strong message.", "summit")]
    public void Apply_SummitOfTheEventsMonthOrCity_IsAnAlias(string sentence, string alias)
    {
        var result = Some.Story("Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese in Tokyo on Thursday.", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:anthony-albanese");

        Assert.Contains(alias, meeting.Aliases.Items);
    }

    [Fact]
    public void Apply_SummitOfTheOrganizationThatOrganizedTheEvent_IsAnAlias()
    {
        var result = Some.Story(
            "Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida attended the 30th APEC Economic Leaders' Meeting in San Francisco on Thursday, "
            + "where the summit of the Asia-Pacific Economic Cooperation adopted a declaration.");

        var summit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Contains("the summit", summit.Aliases.Items);
    }
}
