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

    [Theory]
    [InlineData("Later in the day, King Jigme Khesar Namgyel Wangchuck granted an Audience to Prime Minister Narendra Modi in Thimphu.", "an Audience")]
    [InlineData("King Jigme Khesar Namgyel Wangchuck gave a private audience to Prime Minister Narendra Modi on Friday.", "a private audience")]
    [InlineData("Prime Minister Narendra Modi had an audience with King Jigme Khesar Namgyel Wangchuck on Friday.", "an audience")]
    public void Find_RoyalAudience_IsAMeetingNamedAsWritten(string sentence, string name)
    {
        var result = Some.Extract("Mar 22, 2024 20:00", "THIMPHU, March 22 (Wire)", sentence);

        var audience = GraphAssert.EventOf(result.Graph, "leader:jigme-khesar-namgyel-wangchuck", "leader:narendra-modi");
        Assert.Contains(name, audience.Aliases.Items);
    }

    [Theory]
    [InlineData("paid a courtesy call on", "a courtesy call")]
    [InlineData("paid a courtesy visit to", "a courtesy visit")]
    public void Find_CourtesyCallOnALeader_IsAMeetingNotATelephoneCall(string words, string alias)
    {
        var result = Some.Extract("Mar 31, 2023 20:00", "BEIJING, March 31 (Wire)",
            $"Malaysian Prime Minister Anwar Ibrahim {words} Chinese President Xi Jinping at the Great Hall of the People on Friday.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:anwar-ibrahim", "leader:xi-jinping");
        Assert.Equal(EventKind.Meeting, meeting.EventKind);
        Assert.Contains(alias, meeting.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:great-hall-of-the-people");
    }

    [Theory]
    [InlineData("Prime Minister Narendra Modi addressed an audience of students in Thimphu on Friday.")]
    [InlineData("Prime Minister Narendra Modi told an audience in Thimphu that ties were strong.")]
    [InlineData("King Jigme Khesar Namgyel Wangchuck and Prime Minister Narendra Modi stood before an audience with students in Thimphu.")]
    [InlineData("King Jigme Khesar Namgyel Wangchuck and Prime Minister Narendra Modi made a courtesy call on the new students.")]
    public void Find_AudienceOfListeners_IsNoMeeting(string sentence)
    {
        var result = Some.Extract("Mar 22, 2024 20:00", "THIMPHU, March 22 (Wire)", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }

    [Theory]
    [InlineData("On Monday, Prime Minister Abiy Ahmed held discussions with Chinese Premier Li Qiang in Beijing.")]
    [InlineData("Tuesday's talks came a day after Prime Minister Abiy Ahmed, upon his arrival in Beijing on Monday, held discussions with Chinese Premier Li Qiang.")]
    public void Find_LeaderWhoHeldDiscussionsWithAnother_MetHim(string sentence)
    {
        var result = Some.Extract("Oct 17, 2023 20:00", "BEIJING, Oct. 17 (Wire)", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:abiy-ahmed", "leader:li-qiang");
        Assert.Equal(EventKind.Meeting, meeting.EventKind);
    }

    [Fact]
    public void Find_MinisterWhoCalledOnAGuestNamedByAPronoun_MetTheGuest()
    {
        var result = Some.Extract("Jun 1, 2023 20:00", "NEW DELHI, June 1 (Wire)",
            "Nepali Prime Minister Pushpa Kamal Dahal arrived in New Delhi on Wednesday.",
            "Shortly after PM Dahal arrived in the Indian capital, Indian External Affairs Minister S Jaishankar had called on him.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:pushpa-kamal-dahal", "leader:s-jaishankar");
        Assert.Equal(EventKind.Meeting, meeting.EventKind);
    }

    [Fact]
    public void Find_MinisterWhoCalledOnAPronounToAct_MetNoOne()
    {
        var result = Some.Extract("Jun 1, 2023 20:00", "NEW DELHI, June 1 (Wire)",
            "Nepali Prime Minister Pushpa Kamal Dahal arrived in New Delhi on Wednesday.",
            "Indian External Affairs Minister S Jaishankar called on him to speed up the railway project.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }

    [Theory]
    [InlineData("Greek Foreign Minister Giorgos Gerapetritis and his Turkish counterpart Hakan Fidan, who have met several times in recent months, took part in the council.")]
    [InlineData("Greek Foreign Minister Giorgos Gerapetritis and Turkish Foreign Minister Hakan Fidan have met on numerous occasions since June.")]
    [InlineData("Greek Foreign Minister Giorgos Gerapetritis has met Turkish Foreign Minister Hakan Fidan repeatedly this year.")]
    public void Find_LeadersWhoHaveMetManyTimes_AreNoOneMeeting(string sentence)
    {
        var result = Some.Extract("Dec 7, 2023 20:00", "ATHENS, Dec. 7 (Wire)", sentence);

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Fact]
    public void Find_LeadersWhoMetSeveralOfficials_StillMet()
    {
        var result = Some.Extract("Dec 7, 2023 20:00", "ATHENS, Dec. 7 (Wire)",
            "Greek Foreign Minister Giorgos Gerapetritis met Turkish Foreign Minister Hakan Fidan and several ministers on Thursday.");

        GraphAssert.EventOf(result.Graph, "leader:giorgos-gerapetritis", "leader:hakan-fidan");
    }

    [Fact]
    public void Find_LeadersWhoHeldARoundOfConsultations_MetInThem()
    {
        var result = Some.Extract("Oct 25, 2024 20:00", "NEW DELHI, Oct. 25 (Wire)",
            "Olaf Scholz and Narendra Modi held the seventh round of German-Indian government consultations on Friday.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:olaf-scholz", "leader:narendra-modi");
        Assert.Contains("the seventh round of German-Indian government consultations", meeting.Aliases.Items);
    }

    [Theory]
    [InlineData("Abe, who has offered to meet Kim without preconditions, asked for China's help.", false)]
    [InlineData("Abe, who is hoping to meet Kim this year, asked for China's help.", false)]
    [InlineData("Abe, who met Kim in Pyongyang in 2002, asked for China's help.", true)]
    public void Find_MeetInARelativeClause_IsTheAntecedentsUnlessOnlyOfferedOrWished(string sentence, bool met)
    {
        var result = Some.Extract("Jun 27, 2019 20:00", "OSAKA, June 27 (Wire)",
            "Japanese Prime Minister Shinzo Abe held talks with Chinese President Xi Jinping on Thursday.",
            $"North Korean leader Kim Jong Un was not there. {sentence}");

        Assert.Equal(met, result.Graph.EdgesOf<ParticipatedIn>().Any(e => e.Source.Id == "leader:kim-jong-un"));
    }

    [Fact]
    public void Find_DuringTheTalksNamedBefore_IsNoNewMeeting()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "Indian Prime Minister Narendra Modi spoke to reporters on Wednesday.",
            "Modi and President Droupadi Murmu said during the talks that ties were strong.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Theory]
    [InlineData("Modi met Albanese on Friday.")]
    [InlineData("Modi will meet Albanese on Friday.")]
    [InlineData("Modi meets Albanese on Friday.")]
    [InlineData("Modi and Albanese held talks on Friday.")]
    [InlineData("Modi and Albanese will hold talks on Friday.")]
    [InlineData("Modi and Albanese hold talks on Friday.")]
    [InlineData("Modi and Albanese are holding talks on Friday.")]
    [InlineData("Modi and Albanese had talks on Friday.")]
    [InlineData("Modi talked with Albanese on Friday.")]
    [InlineData("Modi spoke with Albanese on Friday.")]
    [InlineData("Modi conferred with Albanese on Friday.")]
    [InlineData("Modi hosted Albanese for talks on Friday.")]
    [InlineData("Modi welcomed Albanese at Hyderabad House on Friday.")]
    [InlineData("Modi received Albanese in New Delhi on Friday.")]
    [InlineData("Modi sat down for talks with Albanese on Friday.")]
    [InlineData("Modi sat down with Albanese on Friday.")]
    [InlineData("Modi sat down with Albanese on Friday for talks on trade.")]
    [InlineData("Modi sat down with Prime Minister Albanese on Friday for talks on trade.")]
    [InlineData("Modi sat down at Hyderabad House with Albanese on Friday.")]
    [InlineData("Modi sat down in the Oval Office with Albanese on Friday.")]
    [InlineData("Modi shook hands with Albanese on Friday.")]
    [InlineData("Modi greeted Albanese on Friday.")]
    [InlineData("Modi exchanged views with Albanese on Friday.")]
    [InlineData("Modi phoned Albanese on Friday.")]
    [InlineData("Modi telephoned Albanese on Friday.")]
    [InlineData("Modi and Albanese agreed on Friday to expand trade during talks in New Delhi.")]
    [InlineData("Modi was to host Albanese at Hyderabad House on Friday.")]
    [InlineData("The visit built on a summit that Modi held with Albanese on Friday.")]
    [InlineData("Modi and Albanese co-chaired the second Annual Leaders' Meeting on Friday.")]
    public void Find_EachWordOfMeeting_GivesAnEventOfBothLeaders(string sentence)
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)",
            "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese were in New Delhi this week.", sentence);

        GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese");
    }

    [Theory]
    [InlineData("Modi called on Albanese at Parliament House on Friday.", EventKind.Meeting)]
    [InlineData("Modi called Albanese again to discuss the floods.", EventKind.Call)]
    [InlineData("Modi called Albanese on Friday.", EventKind.Call)]
    [InlineData("Modi spoke by phone with Albanese on Friday.", EventKind.Call)]
    [InlineData("Modi spoke by phone to Albanese on Friday.", EventKind.Call)]
    [InlineData("Modi held phone talks with Albanese on Friday.", EventKind.Call)]
    [InlineData("Modi held telephone talks with Albanese on Friday.", EventKind.Call)]
    [InlineData("Modi held talks with Albanese on Friday.", EventKind.Meeting)]
    public void Find_WordsOfCallingOrMeetingALeader_GiveAMeetingOrACall(string sentence, EventKind kind)
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)", sentence);

        Assert.Equal(kind, GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese").EventKind);
    }

    [Theory]
    [InlineData("His Majesty Sultan Haitham bin Tarik and Narendra Modi, Prime Minister of the Republic of India, held official talks at Hyderabad House.", "leader:haitham-bin-tarik", "leader:narendra-modi")]
    [InlineData("Emir Tamim bin Hamad Al Thani and President Joe Biden held talks at the White House.", "leader:tamim-bin-hamad-al-thani", "leader:joe-biden")]
    public void Find_MonarchNamedWithTitleAndFullName_MeetsTheLeaderJoinedToThem(string sentence, string monarch, string other)
    {
        var result = Some.Extract("Dec 16, 2023 20:00", "NEW DELHI, Dec. 16 (Wire)", sentence);

        Assert.Equal(EventKind.Meeting, GraphAssert.EventOf(result.Graph, monarch, other).EventKind);
    }

    [Theory]
    [InlineData("Modi called on Albanese to lift the tariffs.")]
    [InlineData("Modi called Albanese a friend of India.")]
    public void Find_CalledOnALeaderToActOrCalledALeaderSomething_IsNoEvent(string sentence)
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)", sentence);

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Theory]
    [InlineData("Modi will host the G20 summit, and Albanese praised him.")]
    [InlineData("Modi and Albanese will host the G20 summit.")]
    [InlineData("Modi held with Albanese that trade mattered.")]
    [InlineData("The ministers agreed that Modi held with Albanese the view that trade mattered.")]
    public void Find_HostAnEventOrHoldWithAView_IsNoMeetingOfTheTwo(string sentence)
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }

    [Fact]
    public void Find_HostAGuestAtAMeal_IsTheMealNotAMeeting()
    {
        var result = Some.Extract("May 6, 2024 20:00", "PARIS, May 6 (Wire)",
            "Macron and his wife Brigitte were to host Chinese President Xi Jinping at a state banquet at the Elysee on Monday evening.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }

    [Theory]
    [InlineData("President Barack Obama and Chinese President Xi Jinping wrapped up an unusual summit at Sunnylands on Saturday.")]
    [InlineData("President Barack Obama and Chinese President Xi Jinping began their talks at Sunnylands on Friday.")]
    [InlineData("President Barack Obama and Chinese President Xi Jinping concluded two days of talks at Sunnylands on Saturday.")]
    [InlineData("President Barack Obama and Chinese President Xi Jinping kicked off their summit at Sunnylands on Friday.")]
    [InlineData("President Barack Obama and Chinese President Xi Jinping wrapped up two days of unstructured talks at Sunnylands on Saturday.")]
    public void Find_LeadersWhoBeginOrEndASummit_Met(string sentence)
    {
        var result = Some.Extract("Jun 8, 2013 20:00", "RANCHO MIRAGE, Calif., June 8 (Wire)", sentence);

        GraphAssert.EventOf(result.Graph, "leader:barack-obama", "leader:xi-jinping");
    }

    [Theory]
    [InlineData("Zelensky first went abroad after the war began, meeting Biden at the White House.")]
    [InlineData("The summit between Biden and Zelensky began on Friday.")]
    [InlineData("The visit began with a face-to-face meeting between Biden and Zelensky.")]
    public void Find_PhaseVerbWithoutTheEventAsItsObject_IsNoTrigger(string sentence)
    {
        var s = Some.Sentence(sentence);

        Assert.DoesNotContain(RelationsGraph.Extraction.Rules.MeetingTriggers.Find(s), t => s.IsAny(t.First, "began", "ended"));
    }

    [Theory]
    [InlineData("She was driven to State House, where the Ugandan leader received her.")]
    [InlineData("President Yoweri Museveni received her at State House.")]
    [InlineData("President Yoweri Museveni received her warmly.")]
    [InlineData("The two heads of state held a tete-a-tete behind closed doors.")]
    public void Find_HostWhoReceivedHerOrATeteATete_IsTheirMeeting(string sentence)
    {
        var result = Some.Extract("Apr 11, 2021 17:12", "ENTEBBE, April 11 (Wire)",
            "Tanzanian President Samia Suluhu Hassan arrived in Entebbe on Sunday for a visit to Uganda, where President Yoweri Museveni's government is seeking a pipeline deal.",
            sentence);

        GraphAssert.EventOf(result.Graph, "leader:yoweri-museveni", "leader:samia-suluhu-hassan");
    }

    [Theory]
    [InlineData("She was received at Entebbe International Airport by President Yoweri Museveni.", false)]
    [InlineData("President Yoweri Museveni received at Entebbe International Airport the Tanzanian leader.", false)]
    [InlineData("She was received at State House by President Yoweri Museveni.", true)]
    public void Find_ReceivedAtAnAirport_IsAnArrivalNotAMeeting(string sentence, bool meeting)
    {
        var result = Some.Extract("Apr 11, 2021 17:12", "ENTEBBE, April 11 (Wire)",
            "Tanzanian President Samia Suluhu Hassan flew to Uganda on Sunday.", sentence);

        Assert.Equal(meeting, result.Graph.NodesOf<Event>().Any(e => e.EventKind == EventKind.Meeting));
    }

    [Theory]
    [InlineData("The Ugandan leader received her counterpart's letter.")]
    [InlineData("The Ugandan leader praised her courage.")]
    public void Find_HerBeforeItsNoun_IsNoGuest(string sentence)
    {
        var result = Some.Extract("Apr 11, 2021 17:12", "ENTEBBE, April 11 (Wire)",
            "Tanzanian President Samia Suluhu Hassan arrived in Entebbe on Sunday for a visit to Uganda, where President Yoweri Museveni's government is seeking a pipeline deal.",
            sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }

    [Theory]
    [InlineData("The visit began with a face-to-face meeting between the two heads of government, followed by talks in an expanded format.")]
    [InlineData("The visit ended with a meeting between Pashinyan and Garibashvili.")]
    public void Find_VisitThatBeginsWithAMeetingBetweenLeaders_HoldsTheirMeeting(string sentence)
    {
        var result = Some.Extract("Jan 26, 2024 20:41", "TBILISI, Jan 26 (Wire)",
            "Armenian Prime Minister Nikol Pashinyan paid a working visit to Tbilisi, where he and his Georgian counterpart Irakli Garibashvili signed a declaration.",
            sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:nikol-pashinyan", "leader:irakli-garibashvili");
        Assert.Equal(EventKind.Meeting, meeting.EventKind);
    }

    [Theory]
    [InlineData("President Joe Biden and Chinese President Xi Jinping sat down — on a screen, not across a table — on Monday night for a virtual summit.")]
    [InlineData("President Joe Biden and Chinese President Xi Jinping sat down on Monday for talks.")]
    public void Find_SatDownPastAnAsideForASummit_IsAMeetingDatedByTheDateWithin(string sentence)
    {
        var result = Some.Extract("Nov 16, 2021 06:00", "WASHINGTON, Nov. 16 (Wire)", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:xi-jinping");
        Assert.Equal("2021-11-15", meeting.Date?.ToString());
    }

    [Theory]
    [InlineData("After a one-on-one meeting, Modi and Albanese co-chaired a session of their ministers.", true)]
    [InlineData("Following talks at the palace, Modi and Albanese signed a pact.", true)]
    [InlineData("After a one-on-one meeting, Modi spoke to reporters.", false)]
    [InlineData("After that meeting, Modi and Albanese signed a pact.", false)]
    [InlineData("They signed a pact after a one-on-one meeting, Modi and Albanese said.", false)]
    public void Find_OpeningPhraseOfAMeetingBeforeTheLeadersWhoMet_IsTheirMeeting(string sentence, bool met)
    {
        var result = Some.Extract("Mar 11, 2023 09:00", "NEW DELHI, March 10 (Wire)",
            "Indian Prime Minister Narendra Modi hosted a dinner on Thursday.", "Australian Prime Minister Anthony Albanese was in Mumbai on Thursday.",
            "Trade was not discussed.", sentence);

        Assert.Equal(met, result.Graph.NodesOf<Event>().Any(e => result.Graph.InEdges<ParticipatedIn>(e).Count() == 2));
    }

    [Fact]
    public void Find_OpeningPhraseOfAMeetingBeforeOneLeader_AddsNoEventToTheStorysMeeting()
    {
        var result = Some.Extract("Nov 16, 2023 09:00", "WOODSIDE, Calif., Nov. 15 (Wire)",
            "U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday.",
            "After a four-hour meeting, Biden told reporters the talks had been among the most productive.");

        Assert.Single(result.Graph.NodesOf<Event>());
    }

    [Theory]
    [InlineData("Biden and Xi sat down in a hurry with their aides on Monday.")]
    [InlineData("Biden and Xi sat down at the table in silence on Monday.")]
    public void Find_SatDownInWhatIsNoPlace_IsNoTrigger(string sentence)
    {
        var s = Some.Sentence(sentence);

        Assert.DoesNotContain(RelationsGraph.Extraction.Rules.MeetingTriggers.Find(s), t => s.Is(t.First, "sat"));
    }

    [Fact]
    public void Find_SatDownForSomethingElseBeforeAnEventNoun_IsNoTrigger()
    {
        var s = Some.Sentence("Biden and Xi sat down on Monday for a photograph ahead of their talks.");

        Assert.DoesNotContain(RelationsGraph.Extraction.Rules.MeetingTriggers.Find(s), t => s.Is(t.First, "sat"));
    }

    [Theory]
    [InlineData("U.S. President Joe Biden called Brazilian President Luiz Inácio Lula da Silva on October 31 to congratulate him.", "leader:luiz-inacio-lula-da-silva", EventKind.Call)]
    [InlineData("U.S. President Donald Trump took a phone call from President Tsai Ing-wen.", "leader:tsai-ing-wen", EventKind.Call)]
    [InlineData("U.S. President Joe Biden called on Brazilian President Luiz Inácio Lula da Silva at the Planalto.", "leader:luiz-inacio-lula-da-silva", EventKind.Meeting)]
    public void Apply_CalledATitledLeaderOrTookACallFromOne_IsTheirEvent(string sentence, string other, EventKind kind)
    {
        var result = Some.Extract("November 5, 2022 20:00", "WASHINGTON (Wire)", sentence);

        var leader = sentence.Contains("Trump", StringComparison.Ordinal) ? "leader:donald-trump" : "leader:joe-biden";
        Assert.Equal(kind, GraphAssert.EventOf(result.Graph, leader, other).EventKind);
    }

    [Fact]
    public void Find_HostWelcomedWhatALeaderDid_IsNoMeeting()
    {
        var result = Some.Extract("Feb 12, 2024 20:00", "ROME, Feb. 12 (Wire)",
            "Italian Prime Minister Giorgia Meloni had publicly welcomed President Javier Milei's victory at the polls last year.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }
}
