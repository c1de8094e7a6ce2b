using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class MeetingDateTests
{
    [Fact]
    public void Apply_MetInAClauseOfTimeAfterADate_IsAnEarlierMeetingOnThatDate()
    {
        var result = Some.Extract("Dec 24, 2019 20:00", "CHENGDU, China, Dec. 24 (Wire)",
            "Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in held talks on Tuesday.",
            "It was their first formal meeting since September 2018, when they met in New York.");

        var dates = result.Graph.NodesOf<Event>().Select(e => e.Date?.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(["2018-09", "2019-12-24"], dates);
    }

    [Fact]
    public void Apply_SatDownTogetherThenShookHandsOnAWeekday_IsOneMeetingOnThatDay()
    {
        var result = Some.Extract("Nov 14, 2022 18:00", "NUSA DUA, Indonesia (Wire)",
            "US President Joe Biden and Chinese President Xi Jinping have sat down together for the first time since Biden took office.",
            "The two men, who had spoken by telephone five times since early 2021, shook hands at a hotel in Nusa Dua on Monday.");

        var meeting = Assert.Single(result.Graph.NodesOf<Event>());
        Assert.Equal(new PartialDate(2022, 11, 14), meeting.Date);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", meeting.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joe-biden", meeting.Id);
    }

    [Fact]
    public void Apply_DateInARelativeClauseBeforeTheReception_DatesTheVisitNotTheMeeting()
    {
        var result = Some.Extract("Jun 7, 2024 20:00", "BEIJING (Wire)",
            "Pakistani Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang held talks in Beijing on Friday.",
            "Sharif, who is on an official visit to China from June 4 to 8, was received by Premier Li at the Great Hall of the People.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:shehbaz-sharif", "leader:li-qiang");
        Assert.Equal(new PartialDate(2024, 6, 7), meeting.Date);
    }

    [Fact]
    public void Apply_DateInACommaRelativeClause_DatesTheClausesNounNotTheMeeting()
    {
        var result = Some.Extract("Nov 14, 2022 18:00", "NUSA DUA, Indonesia (Wire)",
            "Biden met Xi on Monday.",
            "Their meeting was held on the sidelines of the G20 summit, which Indonesia is hosting from Tuesday.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:xi-jinping");
        Assert.Equal(new PartialDate(2022, 11, 14), meeting.Date);
    }

    [Theory]
    [InlineData("the 1945 atomic bombing of the city", "2023-05-21")]
    [InlineData("the atomic bombing in 1945", "1945")]
    public void Apply_YearDescribingALaterNoun_DoesNotDateTheMeeting(string words, string expected)
    {
        var result = Some.Extract("May 21, 2023 18:00", "SEOUL, May 21 (Wire)",
            $"Earlier on Sunday, Yoon held talks with Japanese Prime Minister Fumio Kishida, and the two paid their respects at a memorial to victims of {words}.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:fumio-kishida");
        Assert.Equal(PartialDate.Parse(expected), meeting.Date);
    }

    [Theory]
    [InlineData(", and national security adviser Jake Sullivan flew to Brasilia in early December.", null)]
    [InlineData(", and then flew to Brasilia in early December.", "2022-12")]
    public void Apply_DateInALaterClauseWithItsOwnSubject_DoesNotDateTheCall(string rest, string? expected)
    {
        var result = Some.Extract("Feb 10, 2023 18:00", "WASHINGTON, Feb. 10 (Wire)",
            "Brazilian President Luiz Inacio Lula da Silva met Joe Biden on Friday.",
            $"Biden phoned Lula to congratulate him within a day of the vote{rest}");

        var call = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Call);
        Assert.Equal(expected, call.Date?.ToString());
    }

    [Fact]
    public void Apply_MeetingBetweenTwoTitledLeadersWithStyles_IsTheirMeetingThatDay()
    {
        var result = Some.Extract("Mar 31, 2023 21:12", "BEIJING, March 31 (Wire)",
            "Malaysia and China agreed to deepen ties following a meeting between Prime Minister Datuk Seri Anwar Ibrahim and President Xi Jinping at the Great Hall of the People here today.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:anwar-ibrahim", "leader:xi-jinping");
        Assert.Equal(new PartialDate(2023, 3, 31), meeting.Date);
        Assert.DoesNotContain(result.Graph.NodesOf<Leader>(), l => l.Name.Contains("Datuk", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_FirstSummitBetweenThemSinceADate_IsNotDatedByThatDate()
    {
        var result = Some.Extract("Nov 18, 2022 09:00", "BANGKOK, Nov. 17 (Wire)",
            "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping on Thursday, the first summit between Kishida and Xi since October 2021.");

        var meeting = Assert.Single(result.Graph.NodesOf<Event>());
        Assert.Equal(new PartialDate(2022, 11, 17), meeting.Date);
    }

    [Fact]
    public void Apply_DateOfWhatASincePhraseTells_DoesNotDateTheMeeting()
    {
        var result = Some.Extract("Jan 25, 2023 14:36", "MONTEVIDEO, Jan. 25 (Wire)",
            "Brazilian President Luiz Inacio Lula da Silva arrived in Montevideo on Wednesday on his first bilateral visit since returning to power on January 1, and was received by Uruguayan President Luis Lacalle Pou.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:luiz-inacio-lula-da-silva", "leader:luis-lacalle-pou");
        Assert.NotEqual(new PartialDate(2023, 1, 1), meeting.Date);
    }

    [Fact]
    public void Apply_LeadersRetreatBetweenTwoLeadersAfterADatedLead_IsTheirMeetingOnTheLeadsDay()
    {
        var result = Some.Extract("Jan 25, 2022 22:19", "BINTAN (Wire)",
            "Singapore and Indonesia on Tuesday (Jan 25) signed a package of agreements on airspace and extradition.",
            "The pacts were sealed at the annual Leaders' Retreat between Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:lee-hsien-loong", "leader:joko-widodo");
        Assert.Equal(new PartialDate(2022, 1, 25), meeting.Date);
        Assert.Contains("the annual Leaders' Retreat", meeting.Aliases.Items);
    }
}
