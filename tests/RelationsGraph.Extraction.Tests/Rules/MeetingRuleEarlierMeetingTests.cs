using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Earlier meetings a story recalls beside the one it reports.</summary>
public sealed class MeetingRuleEarlierMeetingTests
{
    private const string Lead = "Prime Minister Fumio Kishida held talks with Chinese President Xi Jinping in San Francisco on Thursday.";

    [Fact]
    public void Apply_TheirMeetingFollowingAMeetingInAPlace_IsAnEarlierMeetingOfTheSameLeadersNamedAsWritten()
    {
        var result = Some.Extract("Nov 17, 2023 09:00", "SAN FRANCISCO (Wire)", Lead,
            "It was their first face-to-face meeting in about a year, following a meeting in Bangkok in November 2022.");

        var earlier = Assert.Single(
            result.Graph.NodesOf<Event>(), e => e.Date == new PartialDate(2022, 11) && e.EventKind == EventKind.Meeting);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:fumio-kishida", earlier.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", earlier.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", earlier.Id, "place:bangkok");
        Assert.Contains("a meeting in Bangkok in November 2022", earlier.Aliases.Items);
    }

    [Fact]
    public void Apply_TheTwoLeadersMeetingInAnotherMonth_IsAnEarlierMeetingOfBothNamedWithoutThePossessor()
    {
        var result = Some.Extract("Nov 17, 2023 09:00", "SAN FRANCISCO (Wire)", Lead,
            "The two leaders' first face-to-face meeting came last November on the sidelines of the G20 summit in Bali.");

        var earlier = Assert.Single(
            result.Graph.NodesOf<Event>(), e => e.Date == new PartialDate(2022, 11) && e.EventKind == EventKind.Meeting);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:fumio-kishida", earlier.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", earlier.Id);
        Assert.Contains("first face-to-face meeting", earlier.Aliases.Items);
    }

    [Theory]
    [InlineData("It was their first face-to-face meeting in about a year, following a meeting of G7 foreign ministers in Tokyo in November 2022.")]
    [InlineData("It was a first face-to-face meeting in about a year, following a meeting in Bangkok in November 2022.")]
    [InlineData("It was their first face-to-face meeting in about a year, following a meeting among ASEAN leaders in Bangkok in November 2022.")]
    [InlineData("It was their first face-to-face meeting in about a year, following a meeting of senior officials in Bangkok in November 2022.")]
    [InlineData("It was their first face-to-face meeting in about a year, following the summit in Bangkok in November 2022.")]
    public void Apply_AMeetingOfOthersOrAfterNoOnesMeeting_IsNoEarlierMeetingOfTheLeaders(string sentence)
    {
        var result = Some.Extract("Nov 17, 2023 09:00", "SAN FRANCISCO (Wire)", Lead, sentence);

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:fumio-kishida" && ((Event)e.Target).Date == new PartialDate(2022, 11));
    }

    [Theory]
    [InlineData("In June 2000, South Korean President Kim Dae-jung flew to Pyongyang for the first inter-Korean summit with Kim Jong Il, Kim Jong Un's father.")]
    [InlineData("In June 2000, South Korean President Kim Dae-jung met Kim Jong Il, Kim Jong Un's father, in Pyongyang.")]
    public void Apply_ParticipantDescribedAsAnotherLeadersKin_ThePossessorDoesNotTakePart(string sentence)
    {
        var result = Some.Extract("Apr 27, 2018 20:00", "SEOUL, April 27 (Wire)", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:kim-dae-jung", "leader:kim-jong-il");
        GraphAssert.NoEdge(result.Graph, "ParticipatedIn", "leader:kim-jong-un", meeting.Id);
    }

    [Theory]
    [InlineData("That summit came two months after Kim's second meeting with then-U.S. President Donald Trump, in Hanoi, collapsed.")]
    [InlineData("That summit came two months after Kim's second meeting with former President Donald Trump, in Hanoi, collapsed.")]
    [InlineData("That summit came two months after Kim's second meeting with Donald Trump in Hanoi collapsed.")]
    public void Apply_LeadersMeetingWithAnother_IsAMeetingOfBoth(string sentence)
    {
        var result = Some.Extract("Sep 13, 2023 20:00", "VOSTOCHNY, Russia (Wire)",
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.", sentence);

        var hanoi = GraphAssert.EventOf(result.Graph, "leader:kim-jong-un", "leader:donald-trump");
        GraphAssert.HasEdge(result.Graph, "HeldIn", hanoi.Id, "place:hanoi");
    }
}
