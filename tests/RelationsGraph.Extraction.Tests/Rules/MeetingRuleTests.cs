using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class MeetingRuleTests
{
    private const string Modi = "leader:narendra-modi";
    private const string Albanese = "leader:anthony-albanese";

    [Fact]
    public void Apply_TitledLeadersJoinedAcrossTheBodyOfTheSecondTitle_AllMeet()
    {
        var result = Some.Extract("Dec 7, 2023 20:00", "BEIJING, Dec. 7 (Wire)",
            "Commission President Ursula von der Leyen and European Council President Charles Michel held talks with Chinese President Xi Jinping in Beijing on Thursday.");

        var meeting = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal(
            ["leader:charles-michel", "leader:ursula-von-der-leyen", "leader:xi-jinping"],
            result.Graph.InEdges<ParticipatedIn>(meeting).Select(e => e.Source.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The President of Cuba, Tomas Halloran, and his Chinese counterpart, Xi Jinping, held official talks on Friday.")]
    [InlineData("Cuban President Tomas Halloran, and his Chinese counterpart Xi Jinping held official talks on Friday.")]
    public void Apply_SubjectsJoinedByACommaAndTheSecondsCounterpartPhrase_BothMeet(string lead)
    {
        var result = Some.Extract("Nov 25, 2022 20:00", "BEIJING, Nov. 25 (Wire)", lead);

        var meeting = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal(
            ["leader:tomas-halloran", "leader:xi-jinping"],
            result.Graph.InEdges<ParticipatedIn>(meeting).Select(e => e.Source.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Apply_MetWith_OneEventWithBothLeadersDatedByTheWeekday()
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)",
            "Indian Prime Minister Narendra Modi met with Australian Prime Minister Anthony Albanese on Friday in New Delhi.");
        var meeting = GraphAssert.EventOf(result.Graph, Modi, Albanese);

        Assert.Equal("event:2023-03-10-anthony-albanese-narendra-modi", meeting.Id);
        Assert.Equal(EventKind.Meeting, meeting.EventKind);
        Assert.Equal(new PartialDate(2023, 3, 10), meeting.Date);
        Assert.Equal("meeting between Anthony Albanese and Narendra Modi in New Delhi", meeting.Name);
        Assert.Contains("meeting between Narendra Modi and Anthony Albanese in New Delhi", meeting.Aliases.Items);
        var evidence = GraphAssert.HasEdge(result.Graph, "ParticipatedIn", Modi, meeting.Id).Evidence.Single();
        Assert.Equal("Indian Prime Minister Narendra Modi met with Australian Prime Minister Anthony Albanese on Friday", evidence.Text);
    }

    [Fact]
    public void Apply_SameMeetingDescribedTwice_IsOneEvent()
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)",
            "Modi and Albanese held talks on Friday.",
            "The two leaders also sat down for a working lunch after the talks, an official said.");

        GraphAssert.EventOf(result.Graph, Modi, Albanese);
        Assert.Single(result.Graph.NodesOf<Event>());
    }

    [Fact]
    public void Apply_LeadSentenceAgreement_IsAMeetingOfTheLeadersOfTwoCountries()
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)",
            "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese agreed on Friday to deepen defence ties.");

        Assert.Equal(new PartialDate(2023, 3, 10), GraphAssert.EventOf(result.Graph, Modi, Albanese).Date);
    }

    [Fact]
    public void Apply_EarlierMeetingOfTheSamePair_IsASecondEventWithItsOwnDateAndPlace()
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)",
            "Modi met Albanese on Friday.", "The two leaders last met in Bali in November.");
        var events = result.Graph.NodesOf<Event>().OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(["event:2022-11-anthony-albanese-narendra-modi", "event:2023-03-10-anthony-albanese-narendra-modi"], events.Select(e => e.Id));
        GraphAssert.HasEdge(result.Graph, "HeldIn", events[0].Id, "place:bali");
        GraphAssert.NoEdge(result.Graph, "HeldIn", events[1].Id, "place:bali");
    }

    [Fact]
    public void Apply_PhoneCall_IsACallNotAMeetingAndHasNoVenue()
    {
        var result = Some.Extract("Aug 4, 2022 09:00", "SEOUL, Aug. 3 (Wire)",
            "South Korean President Yoon Suk Yeol spoke with U.S. President Joe Biden by telephone on Wednesday.");
        var call = GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:joe-biden");

        Assert.Equal(EventKind.Call, call.EventKind);
        Assert.StartsWith("phone call between", call.Name, StringComparison.Ordinal);
        Assert.Empty(result.Graph.OutEdges<HeldIn>(call));
    }

    [Fact]
    public void Apply_HostForAThreeWaySummitAtAVenue_IsATrilateralSummit()
    {
        var result = Some.Extract("Aug 19, 2023 09:00", "WASHINGTON, Aug. 18 (Wire)",
            "Biden hosted Kishida and South Korean President Yoon Suk Yeol at Camp David for a landmark summit on Friday.");
        var summit = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:fumio-kishida", "leader:yoon-suk-yeol");

        Assert.Equal(EventKind.Summit, summit.EventKind);
        Assert.Equal("trilateral summit at Camp David", summit.Name);
    }

    [Fact]
    public void Apply_PossessedMeetingWithALeader_IsAMeetingOfOwnerAndGuest()
    {
        var result = Some.Story("Modi's meeting with Albanese on Thursday ran long, aides said.");

        GraphAssert.EventOf(result.Graph, Modi, Albanese);
    }

    [Fact]
    public void Apply_OpeningPhraseTalksWithALeader_IsAMeetingWithTheLeaderAfterTheComma()
    {
        var result = Some.Story("During his talks with Albanese on Thursday, Modi raised supply chains.");
        var meeting = GraphAssert.EventOf(result.Graph, Modi, Albanese);

        GraphAssert.HasEdge(result.Graph, "Discussed", meeting.Id, "topic:supply-chains");
    }

    [Theory]
    [InlineData("Modi sat down with Albanese on Thursday.")]
    [InlineData("Modi greeted Albanese at the airport on Thursday.")]
    [InlineData("Modi and Albanese shook hands on Thursday before the ceremony.")]
    public void Apply_OtherWordsForMeeting_AreMeetings(string sentence) =>
        GraphAssert.EventOf(Some.Story(sentence).Graph, Modi, Albanese);

    [Fact]
    public void Apply_LeadersNamedWithoutAMeetingWord_AreNoMeeting()
    {
        var result = Some.Story("Xi criticized the tariffs that Biden imposed last year.", "Analysts said Kishida would be watching closely.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Fact]
    public void Apply_SummitHostedByALeader_IsNoMeetingOfTheHostAndTheGuests()
    {
        var result = Some.Story("Modi and Albanese met on Thursday at the G20 summit hosted by Brazilian President Luiz Inacio Lula da Silva.");

        GraphAssert.EventOf(result.Graph, Modi, Albanese);
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => result.Graph.InEdges<ParticipatedIn>(e).Count() == 3);
    }

    [Fact]
    public void Apply_MetTodayWithTwoLeadersEachOfTheirCountry_IsOneMeetingOfThreeOnTheArticlesDay()
    {
        var result = Some.Extract("May 21, 2023 18:00", "HIROSHIMA, Japan, May 21 (Wire)",
            "President Joseph R. Biden, Jr. met today with Prime Minister Kishida Fumio of Japan and President Yoon Suk Yeol of the Republic of Korea.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:fumio-kishida", "leader:yoon-suk-yeol");
        Assert.Equal(new PartialDate(2023, 5, 21), meeting.Date);
        Assert.DoesNotContain(result.Graph.NodesOf<Leader>(), l => l.Name.StartsWith("Joseph", StringComparison.Ordinal) && l.Id != "leader:joe-biden");
    }

    [Fact]
    public void Apply_ReceivedWithThePlaceAndTimeBeforeTheGuest_IsAMeetingThere()
    {
        var result = Some.Extract("Dec 8, 2022 21:45", "Riyadh, December 08, 2022, SPA --",
            "The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received at Al-Yamamah Palace in Riyadh today President Xi Jinping of the People's Republic of China.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:salman-bin-abdulaziz-al-saud", "leader:xi-jinping");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:al-yamamah-palace");
    }

    [Fact]
    public void Apply_ReceivedAtAPlaceSomethingNotSomeone_IsNoMeeting()
    {
        var result = Some.Story("Japanese Prime Minister Fumio Kishida received in Tokyo today a letter from the Chinese side.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Fact]
    public void Apply_UndatedArticle_AnEarlierDatedMeetingIsNotTheMainOne()
    {
        var result = Some.Extractor.Extract(ArticleReader.Read("undated",
            "Putin and Erdogan meet\n\nSOCHI (Wire) -- The grain deal was on the table. Ankara wants it back. Moscow wants guarantees. "
            + "Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan in Sochi on Monday.\n\n"
            + "Putin and Erdogan last met in person in Astana in October 2022.\n\nThe two sides discussed the grain deal."));

        var astana = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Name.EndsWith("in Astana", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Graph.EdgesOf<Represented>(), e => e.Target.Id == astana.Id);
    }

    [Fact]
    public void Apply_WelcomedSomethingNotSomeone_IsNoMeeting()
    {
        var result = Some.Story("The leaders welcomed progress toward sharing missile warning data in real time.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Fact]
    public void Apply_ASeparateSummitLaterThisYear_IsNotAnAliasOfTodaysMeeting()
    {
        var result = Some.Story(
            "Japanese Prime Minister Fumio Kishida met with South Korean President Yoon Suk Yeol on Thursday.",
            "Kishida invited Yoon to Tokyo for a separate summit later this year.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:yoon-suk-yeol");
        Assert.DoesNotContain(meeting.Aliases.Items, a => a.Contains("separate", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_HostAndVisitingLeaderAgreedOnADay_IsAMeetingOfBoth()
    {
        var result = Some.Extract("May 7, 2023 18:00", "SEOUL, May 7 (Wire)",
            "President Yoon Suk Yeol and visiting Japanese Prime Minister Fumio Kishida agreed Sunday to expand cooperation.");

        Assert.Equal(new PartialDate(2023, 5, 7), GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:fumio-kishida").Date);
    }

    [Fact]
    public void Apply_EarlierTalksOfLeadersNamedWithHonorifics_IsABackgroundMeetingOfItsOwn()
    {
        var result = Some.Extract("Mar 20, 2023 22:00", "NEW DELHI, March 20 (Wire)",
            "Prime Minister Narendra Modi on Monday held talks with Japanese Prime Minister Fumio Kishida.",
            "Mr. Modi and Mr. Kishida had held talks in Tokyo in September.");

        var events = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Meeting).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(["event:2022-09-fumio-kishida-narendra-modi", "event:2023-03-20-fumio-kishida-narendra-modi"], events.Select(e => e.Id));
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:fumio-kishida", "event:2022-09-fumio-kishida-narendra-modi");
    }

    [Fact]
    public void Apply_LeadersAttendedAMeetingNamedByTheirCountries_IsOneMeetingOfThemAll()
    {
        var result = Some.Extract("May 27, 2024 20:00", "SEOUL, May 27 (Wire)",
            "Chinese Premier Li Qiang, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol attended the ninth China-Japan-ROK leaders' meeting in Seoul on Monday.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:li-qiang", "leader:fumio-kishida", "leader:yoon-suk-yeol");
        Assert.Contains("the ninth China-Japan-ROK leaders' meeting", meeting.Aliases.Items);
        Assert.Equal(new PartialDate(2024, 5, 27), meeting.Date);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:seoul");
    }

    [Fact]
    public void Apply_HeldTalksInAPlaceWithATitledLeader_IsAMeetingOfBothHeldThere()
    {
        var result = Some.Extract("Jul 9, 2024 18:00", "MOSCOW, July 9 (Wire)",
            "Vladimir Putin held talks in the Kremlin with Prime Minister of the Republic of India Narendra Modi, who is in Russia on an official visit.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:vladimir-putin", Modi);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:moscow");
    }

    [Fact]
    public void Apply_JointActAfterTalksAtAVenue_NamesTheMeetingByTheTalksAndTheVenue()
    {
        var result = Some.Extract("Mar 21, 2023 23:00", "MOSCOW, March 21 (Wire)",
            "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin promised on Tuesday to deepen their partnership, after a day of formal talks in the Kremlin.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:vladimir-putin");
        Assert.Equal(new PartialDate(2023, 3, 21), meeting.Date);
        Assert.Contains("formal talks", meeting.Aliases.Items);
        Assert.Contains("talks between Xi Jinping and Vladimir Putin in the Kremlin", meeting.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:kremlin");
    }

    [Fact]
    public void Apply_EarlierTalksInAnotherCity_AreAnotherMeeting()
    {
        var result = Some.Extract("Oct 22, 2022 19:00", "PERTH, Australia, Oct. 22 (Wire)",
            "The declaration was signed by Japanese Prime Minister Fumio Kishida and his Australian counterpart Anthony Albanese after their summit in Perth.",
            "The two leaders first held talks in Tokyo on May 24.");

        var names = result.Graph.NodesOf<Event>().Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["meeting between Anthony Albanese and Fumio Kishida in Perth", "meeting between Anthony Albanese and Fumio Kishida in Tokyo"], names);
    }

    [Theory]
    [InlineData("Mr Albanese held talks with Mr Modi on Wednesday.")]
    [InlineData("Mr Albanese met Mr Modi on Wednesday.")]
    [InlineData("Mr. Albanese met Mr. Modi on Wednesday.")]
    public void Apply_ObjectWithAnHonorificWithoutAFullStop_IsAParticipant(string sentence)
    {
        var result = Some.Extract("May 24, 2023 20:00", "SYDNEY, May 24 (Wire)",
            "Indian Prime Minister Narendra Modi arrived in Sydney on Tuesday, a day before Australian Prime Minister Anthony Albanese returned from Perth.",
            sentence);

        Assert.Contains(result.Graph.NodesOf<Event>(), e =>
            result.Graph.InEdges<ParticipatedIn>(e).Select(p => p.Source.Id).Order(StringComparer.Ordinal).SequenceEqual(["leader:anthony-albanese", "leader:narendra-modi"]));
    }

    [Fact]
    public void Apply_MinisterOfUnknownCountryAndAForeignMinisterSigningInTheLead_IsNoMeeting()
    {
        var result = Some.Extract("Jan 25, 2022 20:00", "SINGAPORE, Jan 25 (Wire)",
            "Law Minister Tan Ah Kow and Indonesia's Law and Human Rights Minister Yasonna Laoly signed an extradition treaty on Tuesday.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Fact]
    public void Apply_RetreatThatIsNoMeeting_IsNoEvent() =>
        Assert.DoesNotContain(
            Some.Story("Xi Jinping met Joe Biden, and markets staged a retreat from their highs.").Graph.NodesOf<Event>(),
            e => e.Aliases.Items.Any(a => a.Contains("retreat", StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public void Apply_TalksBetweenAPartyChiefAndAnotherWithARelativeClause_AreHeldInThePlaceAfterIt()
    {
        var result = Some.Extract("Dec 12, 2023 21:18", "HANOI, Dec. 12 (Wire)",
            "Chinese leader Xi Jinping arrived on Tuesday.",
            "The framework was announced after talks between Party General Secretary Nguyen Phu Trong and Xi, who is also general secretary of the Communist Party of China, at the party headquarters in Hanoi.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:nguyen-phu-trong", "leader:xi-jinping");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:hanoi");
    }

    [Fact]
    public void Apply_HostedThreeLeadersOneWithAPossessiveCountryAndQualifiers_IsOneSummitOfAllFour()
    {
        var result = Some.Extract("May 24, 2022 18:00", "TOKYO, May 24 (Wire)",
            "Japanese Prime Minister Fumio Kishida hosted US President Joe Biden, Indian Prime Minister Narendra Modi and Australia's newly elected Prime Minister Anthony Albanese at the prime minister's office on Tuesday.",
            "As the leaders met, bombers flew over the Sea of Japan.");

        var summit = Assert.Single(result.Graph.NodesOf<Event>());
        Assert.Equal(4, result.Graph.EdgesOf<ParticipatedIn>().Count(e => e.Target.Id == summit.Id));
    }

    [Fact]
    public void Apply_FirstMeetingBetweenThemSinceTheyMetInAnotherCity_IsNotHeldThere()
    {
        var result = Some.Extract("Sep 4, 2023 18:00", "SOCHI, Russia, Sept. 4 (Wire)",
            "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held talks on Monday in Sochi.",
            "It was the first face-to-face meeting between the two leaders since they met in Astana in October last year.");

        var today = result.Graph.NodesOf<Event>().Single(e => e.Date == new PartialDate(2023, 9, 4));
        Assert.DoesNotContain(result.Graph.EdgesOf<HeldIn>(), e => e.Source.Id == today.Id && e.Target.Id == "place:astana");
    }

    [Fact]
    public void Apply_TravelledToACityForTalks_AreTalksHeldThere()
    {
        var result = Some.Extract("Sep 4, 2023 18:00", "SOCHI, Russia, Sept. 4 (Wire)",
            "The visit came days after Turkish Foreign Minister Hakan Fidan traveled to Moscow for talks with his Russian counterpart Sergey Lavrov.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:hakan-fidan", "leader:sergey-lavrov");

        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:moscow");
    }

    [Fact]
    public void Apply_SummitDaysBeforeInAnotherCity_IsAnotherMeetingEvenUndated()
    {
        var result = Some.Extract("May 7, 2023 18:00", "SEOUL, May 7 (Wire)",
            "President Yoon Suk Yeol and visiting Japanese Prime Minister Fumio Kishida agreed Sunday that experts will inspect the plant.",
            "It came just 52 days after Yoon traveled to Tokyo for a summit with Kishida.");

        var meetings = result.Graph.NodesOf<Event>().Where(e => e.EventKind is EventKind.Meeting or EventKind.Summit).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Single(result.Graph.EdgesOf<HeldIn>(), e => e.Target.Id == "place:tokyo");
    }

    [Fact]
    public void Apply_LeaderInAWhichClauseBeforeTheSubject_StillTakesPartInTheMeetingItHosted()
    {
        var result = Some.Extract("Jul 12, 2023 20:00", "VILNIUS, July 12 (Wire)",
            "Turkish President Recep Tayyip Erdogan met U.S. President Joe Biden on Tuesday.",
            "At a trilateral meeting in Vilnius on July 10, which was hosted by NATO Secretary-General Jens Stoltenberg, Erdogan and Swedish Prime Minister Ulf Kristersson agreed on a way forward.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => result.Graph.InEdges<ParticipatedIn>(e).Select(p => p.Source.Id).Order(StringComparer.Ordinal)
            .SequenceEqual(["leader:recep-tayyip-erdogan", "leader:ulf-kristersson"]));
    }

    [Theory]
    [InlineData("Later, a trilateral meeting of Prime Minister Pashinyan, President Putin and President of Azerbaijan Ilham Aliyev took place in Moscow.")]
    [InlineData("Later, a trilateral meeting between Prime Minister Pashinyan, President Putin and President of Azerbaijan Ilham Aliyev took place in Moscow.")]
    public void Apply_MeetingOfOrBetweenTitledSurnames_IsTheirMeeting(string sentence)
    {
        var result = Some.Extract("May 25, 2023 20:00", "YEREVAN, MAY 25 (Wire)",
            "Prime Minister of Armenia Nikol Pashinyan met with President of Russia Vladimir Putin in Moscow on Thursday.", sentence);

        GraphAssert.EventOf(result.Graph, "leader:nikol-pashinyan", "leader:vladimir-putin", "leader:ilham-aliyev");
    }

    [Fact]
    public void Apply_MeetingOfABody_IsNoMeetingOfItsLeaders()
    {
        var result = Some.Extract("May 25, 2023 20:00", "YEREVAN, MAY 25 (Wire)",
            "Prime Minister of Armenia Nikol Pashinyan and President of Russia Vladimir Putin spoke after a meeting of the Security Council.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }
}
