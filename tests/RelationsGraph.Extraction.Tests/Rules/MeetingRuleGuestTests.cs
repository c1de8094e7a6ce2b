using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Meetings told from the guest's side or through a host's words: "was received by", "his Turkish guest", "talks in Hanoi between".</summary>
public sealed class MeetingRuleGuestTests
{
    [Fact]
    public void Apply_GuestReceivedByTheHost_IsAMeetingOfBoth()
    {
        var result = Some.Extract("Mar 31, 2023 14:52", "BEIJING, March 31 (Wire) --",
            "Spanish Prime Minister Pedro Sanchez was received on Friday in Beijing by the Chinese president, Xi Jinping, in a meeting dominated by the war in Ukraine.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:pedro-sanchez", "leader:xi-jinping");
        Assert.Equal(new PartialDate(2023, 3, 31), meeting.Date);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:beijing");
    }

    [Theory]
    [InlineData("where he was received by Indian President Droupadi Murmu and Prime Minister Narendra Modi.")]
    [InlineData("where he was received by cheering crowds and Prime Minister Narendra Modi.")]
    [InlineData("where his visit was welcomed as a step forward by Prime Minister Narendra Modi.")]
    public void Apply_ReceivedByTwoHostsOrBySomeoneElse_IsNoMeeting(string rest)
    {
        var result = Some.Extract("Jan 25, 2023 21:00", "NEW DELHI, Jan 25 (Wire) --",
            "Egyptian President Abdel Fattah El-Sisi arrived for a state visit on Tuesday.\n\nOn Wednesday, the Egyptian president was given a ceremonial welcome at Rashtrapati Bhavan, " + rest);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind is EventKind.Meeting or EventKind.Summit);
    }

    [Theory]
    [InlineData("Kishida was received by European Council president Charles Michel and European Commission president Ursula von der Leyen for the annual EU-Japan summit.")]
    [InlineData("Kishida was received by Charles Michel and Ursula von der Leyen for talks.")]
    public void Apply_GuestReceivedByTwoHostsForASummitOrTalks_IsAMeetingOfAllThree(string sentence)
    {
        var result = Some.Extract("Jul 13, 2023 18:12", "BRUSSELS, July 13 (Wire) --", sentence);

        Assert.Equal(EventKind.Summit, GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:charles-michel", "leader:ursula-von-der-leyen").EventKind);
    }

    [Theory]
    [InlineData("HANOI (Wire) --")]
    [InlineData("WASHINGTON (Wire) --")]
    public void Apply_TalksInAPlaceBetweenTwoLeaders_IsTheirMeetingThere(string dateline)
    {
        var result = Some.Extract("Sep 10, 2023 22:05", dateline,
            "Vietnam and the United States upgraded their ties on Sunday after talks in Hanoi between General Secretary of the Communist Party of Vietnam (CPV) Central Committee Nguyen Phu Trong and US President Joe Biden.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:nguyen-phu-trong", "leader:joe-biden");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:hanoi");
    }

    [Theory]
    [InlineData("his Turkish guest")]
    [InlineData("his Turkish counterpart")]
    [InlineData("his Turkish peer")]
    public void Apply_HostReceivingHisGuestOrCounterpartOfACountry_MeetsThatCountrysLeader(string guest)
    {
        var result = Some.Extract("Dec 7, 2023 18:27", "ATHENS (Wire)",
            "Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan put their signatures to a declaration on Thursday.",
            $"The declaration was signed at Maximos Mansion, where Mitsotakis received {guest} for talks.");

        GraphAssert.EventOf(result.Graph, "leader:kyriakos-mitsotakis", "leader:recep-tayyip-erdogan");
    }

    [Theory]
    [InlineData("his Argentine counterpart")]
    [InlineData("his Argentine peer")]
    public void Apply_LeaderAndHisPeerWhoPledgeDuringAMeeting_MetThere(string peer)
    {
        var result = Some.Extract("Jan 24, 2023 08:46", "BUENOS AIRES, Jan. 23 (Wire)",
            $"Brazilian President Luiz Inacio Lula da Silva and {peer} Alberto Fernandez on Monday pledged to relaunch the partnership, during a meeting at the Casa Rosada in Buenos Aires.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:luiz-inacio-lula-da-silva", "leader:alberto-fernandez");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:casa-rosada");
    }

    [Fact]
    public void Apply_MinisterMeetingHisCounterpartOfACountry_MeetsThatCountrysMinisterNotItsLeader()
    {
        var result = Some.Extract("Jul 13, 2023 20:00", "JAKARTA (Wire)",
            "Japanese Foreign Minister Yoshimasa Hayashi arrived on Wednesday, and Prime Minister Fumio Kishida sent a message.",
            "Chinese Foreign Minister Wang Yi met his Japanese counterpart on Thursday.");

        GraphAssert.EventOf(result.Graph, "leader:wang-yi", "leader:yoshimasa-hayashi");
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Id.Contains("fumio-kishida", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_HostReceivingHisCounterpartNamedAfterACommaOrTheirAides_MeetsNoOneElse()
    {
        var result = Some.Extract("Dec 7, 2023 18:27", "ATHENS (Wire)",
            "Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan put their signatures to a declaration on Thursday.",
            "Later, Foreign Minister George Gerapetritis received his Turkish counterpart, Hakan Fidan, for talks.");

        GraphAssert.EventOf(result.Graph, "leader:george-gerapetritis", "leader:hakan-fidan");
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Id.Contains("george-gerapetritis-recep", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("President Shavkat Mirziyoyev held talks on 15 September with President Xi Jinping.")]
    [InlineData("President Shavkat Mirziyoyev held talks on September 15 with President Xi Jinping.")]
    [InlineData("President Shavkat Mirziyoyev held talks on 15 September 2022 with President Xi Jinping.")]
    public void Apply_DateBetweenTheTalksAndWithWhom_IsNoObstacleToTheOtherParty(string sentence)
    {
        var result = Some.Extract("Sep 15, 2022 18:47", "SAMARKAND (Wire)", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:shavkat-mirziyoyev", "leader:xi-jinping");
        Assert.Equal(new PartialDate(2022, 9, 15), meeting.Date);
    }

    [Theory]
    [InlineData("President Cyril Ramaphosa held talks with his French counterpart, President Emmanuel Macron, at the Elysee Palace.")]
    [InlineData("President Cyril Ramaphosa held talks with his French counterpart, Emmanuel Macron, at the Elysee Palace.")]
    public void Apply_CounterpartSetOffByCommasWithOrWithoutTitle_IsTheOtherPartyAtThePlaceAfterIt(string sentence)
    {
        var result = Some.Extract("Nov 28, 2024 18:27", "PARIS (Wire)", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:cyril-ramaphosa", "leader:emmanuel-macron");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:elysee-palace");
    }

    [Fact]
    public void Apply_MeetingInTheLeadsThirdSentence_IsNotAnEarlierDatedMeetingOfTheSameLeaders()
    {
        var result = Some.Extract("Dec 7, 2023 18:27", "ATHENS (Wire)",
            "Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan put their signatures to a declaration on Thursday. "
            + "Officials called it a new start. The declaration was signed at Maximos Mansion, where Mitsotakis received his Turkish guest for talks.",
            "The two leaders met in Vilnius in July, on the sidelines of the NATO summit.");

        var meetings = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Meeting).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Single(meetings, m => m.Date == new PartialDate(2023, 7));
    }

    [Theory]
    [InlineData("Apr 17, 2024 19:00", "TUNIS, April 17 (Wire) -",
        "President of the Republic Kais Saied received, on Wednesday at Carthage Palace, Prime Minister of the Italian Republic Giorgia Meloni, who is on a working visit to Tunisia.",
        "leader:kais-saied", "leader:giorgia-meloni", "place:carthage-palace", "2024-04-17")]
    [InlineData("Dec 3, 2024 13:47", "LUANDA, Dec 3 (Wire) -",
        "The President of the Republic, João Lourenço, hosted on Tuesday, at the Presidential Palace in Luanda, the President of the United States of America, Joe Biden, for official talks.",
        "leader:joao-lourenco", "leader:joe-biden", "place:presidential-palace", "2024-12-03")]
    public void Apply_HostsVerbWithTheTimeAndPlaceSetOffByCommasBeforeTheGuest_IsAMeetingThere(string page, string dateline, string sentence, string host, string guest, string place, string date)
    {
        var result = Some.Extract(page, dateline, sentence);

        var meeting = GraphAssert.EventOf(result.Graph, host, guest);
        Assert.Equal(PartialDate.Parse(date), meeting.Date);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, place);
    }

    [Theory]
    [InlineData("the new German Chancellor Friedrich Merz")]
    [InlineData("the newly elected German Chancellor Friedrich Merz")]
    public void Apply_HostedAGuestWhoseTitleAWordOfTheOfficeLeads_IsAMeetingOfBoth(string guest)
    {
        var result = Some.Extract("09.05.2025 16:21", "WARSAW, May 9 (Wire)",
            $"On Wednesday, Tusk hosted {guest} in Warsaw, a day after Merz was elected by the Bundestag.",
            "Prime Minister Donald Tusk said the talks had gone well.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:donald-tusk", "leader:friedrich-merz");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:warsaw");
    }

    [Fact]
    public void Apply_OneLeaderAttendedTheMeetingToldBefore_IsOneMoreParticipantOfIt()
    {
        var result = Some.Extract("11/02/2025 23:05", "Washington, Feb. 11 (Petra) --",
            "His Majesty King Abdullah II met on Tuesday with US President Donald Trump at the White House.",
            "His Royal Highness Crown Prince Al Hussein bin Abdullah II attended the meeting.");

        var meeting = Assert.Single(result.Graph.NodesOf<Event>());
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:abdullah-ii", meeting.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:donald-trump", meeting.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:al-hussein-bin-abdullah-ii", meeting.Id);
    }

    [Theory]
    [InlineData("Crown Prince Al Hussein bin Abdullah II attended a meeting of the cabinet.")]
    [InlineData("Crown Prince Al Hussein bin Abdullah II attended the meeting with Vice President JD Vance.")]
    public void Apply_LeaderAttendedAnotherMeeting_JoinsNoMeetingToldBefore(string sentence)
    {
        var result = Some.Extract("11/02/2025 23:05", "Washington, Feb. 11 (Petra) --",
            "His Majesty King Abdullah II met on Tuesday with US President Donald Trump at the White House.", sentence);

        GraphAssert.NoEdge(result.Graph, "ParticipatedIn", "leader:al-hussein-bin-abdullah-ii", GraphAssert.EventOf(result.Graph, "leader:abdullah-ii", "leader:donald-trump").Id);
    }

    [Theory]
    [InlineData("the conversation between the two heads of state revolved around trade.", 1)]
    [InlineData("the phone conversation between the two heads of state revolved around trade.", 2)]
    public void Apply_TheConversationOfLeadersWhoseMeetingWasTold_IsThatMeetingUnlessByPhone(string sentence, int events)
    {
        var result = Some.Extract("16 Nov, 2024 11:48 p.m. EST", "BUENOS AIRES, Nov 16 (Wire) -",
            "President Javier Milei received his French counterpart, Emmanuel Macron, this Saturday night for a private dinner.",
            "According to official sources, " + sentence);

        Assert.Equal(events, result.Graph.NodesOf<Event>().Count(e => e.EventKind is EventKind.Meeting or EventKind.Call));
    }

    [Theory]
    [InlineData("Albanese hosted Luxon's predecessor, Labour's Chris Hipkins, in Canberra in February.", true)]
    [InlineData("Albanese hosted Luxon's predecessor, Chris Hipkins, in Canberra in February.", true)]
    [InlineData("Albanese hosted Luxon's predecessor in Canberra in February.", false)]
    public void Apply_HostedAGuestsPredecessor_IsAMeetingWithThePredecessorNotTheGuest(string sentence, bool named)
    {
        var result = Some.Extract("Dec 20, 2023 17:14", "SYDNEY, Dec 20 (Wire) --",
            "New Zealand Prime Minister Christopher Luxon met Australian Prime Minister Anthony Albanese in Sydney on Wednesday.", sentence);

        var february = result.Graph.NodesOf<Event>().Where(e => e.Date == new PartialDate(2023, 2)).ToList();
        Assert.DoesNotContain(result.Graph.EdgesOf<ParticipatedIn>(), e => e.Source.Id == "leader:christopher-luxon" && february.Any(f => f.Id == e.Target.Id));
        Assert.Equal(named, february.Any(f => result.Graph.EdgesOf<ParticipatedIn>().Any(e => e.Source.Id == "leader:chris-hipkins" && e.Target.Id == f.Id)));
    }
}
