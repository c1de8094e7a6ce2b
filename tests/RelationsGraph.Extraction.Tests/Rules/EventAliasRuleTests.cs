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
    public void Apply_TalksWithAnotherLeaderAfterTheSummitsTalks_NameTheTalksTheyTell()
    {
        var result = Some.Extract("Jun 23, 2023 19:00", "HANOI, June 23 (Wire)",
            "President Yoon Suk Yeol held summit talks with Vietnamese President Vo Van Thuong in Hanoi on Friday.",
            "At Friday's talks, Yoon and Thuong adopted an action plan.",
            "During his stay, Yoon is also scheduled to hold talks with Vietnamese Prime Minister Pham Minh Chinh.");

        var talks = GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:pham-minh-chinh");

        Assert.Contains("talks with Vietnamese Prime Minister Pham Minh Chinh", talks.Aliases.Items);
        Assert.Contains("talks", GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:vo-van-thuong").Aliases.Items);
    }

    [Fact]
    public void Apply_NounNamedByAVenue_HoldsTheMeetingThere()
    {
        var result = Some.Extract("April 15, 2024 20:00", "WASHINGTON, April 15 (Wire)",
            "U.S. President Joe Biden and Iraqi Prime Minister Mohammed Shia al-Sudani pledged on Monday to deepen ties.",
            "The Oval Office meeting was the first between the two leaders.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:mohammed-shia-al-sudani");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:oval-office");
    }

    [Fact]
    public void Apply_NounBetweenCountriesThatAreNotTheMeetingsSides_DoesNotNameIt()
    {
        var result = Some.Extract("July 16, 2018 19:00", "HELSINKI, July 16 (Wire)",
            "President Sauli Niinisto held separate meetings with the presidents of the United States and Russia on Monday, as Helsinki once again served as the stage for a summit between Washington and Moscow.",
            "Niinisto received U.S. President Donald Trump at Mantyniemi in the morning.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:sauli-niinisto", "leader:donald-trump");
        Assert.DoesNotContain("a summit between Washington and Moscow", meeting.Aliases.Items);
    }

    [Fact]
    public void Apply_LastTalksThatTookPlaceWhenLeadersMet_NameThatMeeting()
    {
        var result = Some.Extract("Nov 18, 2022 20:00", "BANGKOK, Nov. 18 (Wire)",
            "Japanese Prime Minister Fumio Kishida sat down with Chinese President Xi Jinping on Thursday.",
            "Before this week, the last in-person talks between a Chinese leader and a Japanese prime minister took place when Xi received Shinzo Abe in Beijing in December 2019.");

        var earlier = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:shinzo-abe");
        Assert.Contains("the last in-person talks between a Chinese leader and a Japanese prime minister", earlier.Aliases.Items);
        Assert.DoesNotContain(GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:xi-jinping").Aliases.Items, a => a.Contains("last", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The encounter in Washington yesterday lasted around 50 minutes.", "2025-03-12")]
    [InlineData("The meeting on Tuesday lasted around 50 minutes.", "2025-03-11")]
    public void Apply_DefiniteNounOfAnUndatedMeetingBeforeADay_DatesIt(string sentence, string expected)
    {
        var result = Some.Extract("Mar 13, 2025 07:00", "WASHINGTON (Wire)",
            "US President Donald Trump hosted Taoiseach Micheal Martin in the Oval Office for the traditional St Patrick's week meeting.", sentence);

        Assert.Equal(expected, GraphAssert.EventOf(result.Graph, "leader:donald-trump", "leader:micheal-martin").Date?.ToString());
    }

    [Fact]
    public void Apply_IndefiniteNounBeforeADay_LeavesTheMeetingUndated()
    {
        var result = Some.Extract("Mar 13, 2025 07:00", "WASHINGTON (Wire)",
            "US President Donald Trump hosted Taoiseach Micheal Martin in the Oval Office for the traditional St Patrick's week meeting.",
            "Martin said a meeting on Friday would settle the remaining trade questions.");

        Assert.Null(GraphAssert.EventOf(result.Graph, "leader:donald-trump", "leader:micheal-martin").Date);
    }

    [Fact]
    public void Apply_TalksWithAParticipantWhoseTitleFollowsTheName_NamesTheMeetingWithTheNameOnly()
    {
        var result = Some.Story("Prime Minister Narendra Modi held talks with Anthony Albanese, the prime minister of Australia, on Thursday.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese");

        Assert.Contains("talks with Anthony Albanese", meeting.Aliases.Items);
        Assert.DoesNotContain(meeting.Aliases.Items, a => a.Contains("Albanese,", StringComparison.Ordinal));
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

        Assert.Contains("the summit of the Asia-Pacific Economic Cooperation", summit.Aliases.Items);
    }

    [Fact]
    public void Apply_ThatMeeting_IsTheMeetingToldLastNotTheStorysMain()
    {
        var result = Some.Extract("Aug 26, 2025 09:00", "WASHINGTON, Aug. 25 (Wire)",
            "U.S. President Donald Trump welcomed South Korean President Lee Jae-myung to the White House on Monday for their first summit.",
            "The summit came two days after Lee held talks in Tokyo with Japanese Prime Minister Shigeru Ishiba.",
            "After that meeting, the two leaders released a joint press statement.");

        Assert.Contains("that meeting", GraphAssert.EventOf(result.Graph, "leader:lee-jae-myung", "leader:shigeru-ishiba").Aliases.Items);
        Assert.DoesNotContain("that meeting", GraphAssert.EventOf(result.Graph, "leader:lee-jae-myung", "leader:donald-trump").Aliases.Items);
    }

    [Fact]
    public void Apply_AtTheMeetingRightAfterASentenceTellingAnotherCurrentMeeting_IsThatMeeting()
    {
        var result = Some.Extract("Jun 20, 2024 18:00", "HANOI, June 20 (Wire)",
            "State President To Lam held talks with Russian President Vladimir Putin in Hanoi on Thursday.",
            "The two sides adopted a joint statement.",
            "On the same day, Party General Secretary Nguyen Phu Trong received Putin at the Party's headquarters.",
            "At the meeting, Trong wished the Russian people further achievements.");

        Assert.Contains("the meeting", GraphAssert.EventOf(result.Graph, "leader:nguyen-phu-trong", "leader:vladimir-putin").Aliases.Items);
        Assert.DoesNotContain("the meeting", GraphAssert.EventOf(result.Graph, "leader:to-lam", "leader:vladimir-putin").Aliases.Items);
    }

    [Theory]
    [InlineData("On the same day, Party General Secretary Nguyen Phu Trong received Putin at the Party's headquarters.", "Officials said the visit went well.", "At the meeting, the leaders agreed to meet again.")]
    [InlineData("In 2017, Party General Secretary Nguyen Phu Trong received Putin at the Party's headquarters.", "At the meeting, the leaders agreed to meet again.", "")]
    [InlineData("On the same day, Party General Secretary Nguyen Phu Trong received Putin at the Party's headquarters.", "At the meeting of the Politburo, the leaders agreed to meet again.", "")]
    public void Apply_AtTheMeetingNotRightAfterACurrentMeeting_IsNotThatMeeting(string first, string second, string third)
    {
        var result = Some.Extract("Jun 20, 2024 18:00", "HANOI, June 20 (Wire)",
            "State President To Lam held talks with Russian President Vladimir Putin in Hanoi on Thursday.",
            "The two sides adopted a joint statement.", first, second, third);

        Assert.DoesNotContain("the meeting", GraphAssert.EventOf(result.Graph, "leader:nguyen-phu-trong", "leader:vladimir-putin").Aliases.Items);
    }

    [Fact]
    public void Apply_ThatMeetingAfterTalksOnASummitsSidelines_IsTheTalksNotTheSummit()
    {
        var result = Some.Extract("Nov 15, 2023 09:00", "WOODSIDE, Calif., Nov. 15 (Wire)",
            "U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday.",
            "Biden and Xi last met in person in November 2022 in Bali, on the sidelines of the Group of 20 summit.",
            "At that meeting, the two leaders pledged to manage their rivalry responsibly.");

        var bali = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Aliases.Items.Contains("that meeting"));
        Assert.Equal(EventKind.Meeting, bali.EventKind);
        Assert.Equal(new PartialDate(2022, 11), bali.Date);
    }

    [Theory]
    [InlineData("During the summit, Albanese announced a new investment facility for the region.", false)]
    [InlineData("During the summit, Albanese and Anwar agreed to expand trade.", true)]
    public void Apply_BareSummitAfterASeriesEditionInASentenceOfNoMeeting_NamesTheEdition(string sentence, bool meeting)
    {
        var result = Some.Extract("Mar 6, 2024 19:00", "MELBOURNE, March 6 (Wire)",
            "Prime Minister Anwar Ibrahim joined fellow leaders at the close of the ASEAN-Australia Special Summit on Wednesday.",
            "On Monday, Anwar and Australian Prime Minister Anthony Albanese co-chaired the annual leaders' meeting at Government House.",
            sentence);
        var talks = GraphAssert.EventOf(result.Graph, "leader:anwar-ibrahim", "leader:anthony-albanese");

        Assert.Equal(meeting, talks.Aliases.Items.Contains("the summit"));
        Assert.Equal(!meeting, result.Graph.NodesOf<Event>().Any(e => e.Id != talks.Id && e.Aliases.Items.Contains("the summit")));
    }

    [Fact]
    public void Apply_SummitNamedByAPlaceAfterASeriesEdition_IsNotTakenForTheEdition()
    {
        var result = Some.Extract("May 21, 2023 20:00", "SEOUL, May 21 (Wire)",
            "South Korean President Yoon Suk Yeol held talks with German Chancellor Olaf Scholz in Seoul on Sunday.",
            "Scholz flew in from Hiroshima, where both leaders had taken part in the G7 summit.",
            "The Seoul summit capped a busy stretch of diplomacy for Yoon.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Aliases.Items.Contains("G7 summit") && e.Aliases.Items.Contains("The Seoul summit"));
    }

    [Fact]
    public void Apply_MeetingToldBeforeTheEventTheSentenceTells_NamesTheMainMeeting()
    {
        var result = Some.Story(
            "Prime Minister Fumio Kishida held talks with President Joe Biden in Tokyo on Thursday.",
            "The meeting came a day before Prime Minister Anthony Albanese joins them for a summit with Kishida and Biden.");

        var main = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:joe-biden");
        var summit = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:joe-biden", "leader:anthony-albanese");

        Assert.Contains("The meeting", main.Aliases.Items);
        Assert.DoesNotContain("The meeting", summit.Aliases.Items);
    }

    [Fact]
    public void Apply_SummitToldBeforeAMeetingSinceWhichItIsTheFirst_NamesTheMainMeeting()
    {
        var result = Some.Extract("Jun 16, 2021 21:00", "GENEVA, June 16 (Wire)",
            "President Joe Biden and Russian President Vladimir Putin held talks in Geneva on Wednesday.",
            "The summit was the first between the presidents of the two countries since former President Donald Trump met Putin in Helsinki in 2018.");

        var main = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:vladimir-putin");
        var helsinki = GraphAssert.EventOf(result.Graph, "leader:donald-trump", "leader:vladimir-putin");

        Assert.Contains("The summit", main.Aliases.Items);
        Assert.DoesNotContain("The summit", helsinki.Aliases.Items);
    }

    [Fact]
    public void Apply_MeetingOfNamedLeadersToldBeforeAnEarlierOne_NamesTheirCurrentMeeting()
    {
        var result = Some.Story(
            "Prime Minister Fumio Kishida held talks with President Joe Biden in Tokyo on Thursday.",
            "Biden later met Chinese President Xi Jinping in Tokyo on Thursday.",
            "Thursday's meeting was the second between Biden and Xi, following their talks in Bali in November 2022.");

        var named = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Aliases.Items.Contains("Thursday's meeting"));

        Assert.Equal("event:2023-11-16-joe-biden-xi-jinping", named.Id);
    }

    [Fact]
    public void Apply_BilateralTalksInASentenceAboutATrilateralSummit_AreNoAliasOfTheSummit()
    {
        var result = Some.Story(
            "Prime Minister Fumio Kishida held talks with President Joe Biden in Tokyo on Thursday.",
            "Before the bilateral talks, Kishida attended a trilateral summit with Biden and Prime Minister Anthony Albanese.");

        var summit = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:joe-biden", "leader:anthony-albanese");

        Assert.DoesNotContain(summit.Aliases.Items, a => a.Contains("bilateral", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_ProperNameOfAnotherSummit_IsNoAliasOfTheMainMeeting()
    {
        var result = Some.Story(
            "Prime Minister Fumio Kishida held talks with President Joe Biden in Tokyo on Thursday.",
            "Kishida skipped the Summit of the Americas that Biden hosted in Los Angeles in June.");

        var main = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:joe-biden");

        Assert.DoesNotContain(main.Aliases.Items, a => a.Contains("Americas", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Secretary of State Antony Blinken met with Xi during a visit to Beijing, and Wang Yi made a trip to Washington to prepare the ground for Wednesday's meeting.")]
    [InlineData("Secretary of State Antony Blinken met with Xi in Beijing on June 19 to prepare the ground for Wednesday's meeting.")]
    public void Apply_WeekdaysMeetingInASentenceAboutEarlierTalks_IsNoAliasOfThem(string sentence)
    {
        var result = Some.Extract("Nov 15, 2023 20:00", "WOODSIDE, Calif., Nov. 15 (Wire)",
            "U.S. President Joe Biden and Chinese President Xi Jinping met at the Filoli estate on Wednesday.", sentence);

        var earlier = GraphAssert.EventOf(result.Graph, "leader:antony-blinken", "leader:xi-jinping");
        Assert.DoesNotContain("Wednesday's meeting", earlier.Aliases.Items);
    }

    [Fact]
    public void Apply_WeekdaysMeetingInASentenceAboutTheTalksOfThatDay_IsTheirAlias()
    {
        var result = Some.Extract("Nov 15, 2023 20:00", "WOODSIDE, Calif., Nov. 15 (Wire)",
            "U.S. President Joe Biden and Chinese President Xi Jinping met at the Filoli estate on Wednesday, and aides called Wednesday's meeting a success.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:xi-jinping");
        Assert.Contains("Wednesday's meeting", meeting.Aliases.Items);
    }

    [Theory]
    [InlineData("a BRICS gathering of national security officials")]
    [InlineData("the BRICS gathering of national security officials")]
    public void Apply_GatheringNamedWithItsBodyOnWhoseSidelinesTheyMet_IsNoAliasOfTheMeeting(string gathering)
    {
        var result = Some.Extract("Oct 23, 2024 20:00", "NEW DELHI, Oct. 23 (Wire)",
            $"External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on the sidelines of {gathering} in September.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:s-jaishankar", "leader:wang-yi");
        Assert.DoesNotContain(meeting.Aliases.Items, a => a.Contains("gathering", StringComparison.Ordinal));
    }
}
