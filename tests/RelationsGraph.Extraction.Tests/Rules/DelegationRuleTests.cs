using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class DelegationRuleTests
{
    private const string Biden = "leader:joe-biden";
    private const string Blinken = "leader:antony-blinken";

    [Theory]
    [InlineData("The US delegation included Secretary of State Antony Blinken.")]
    [InlineData("The US leader's delegation includes Secretary of State Antony Blinken.")]
    [InlineData("Secretary of State Antony Blinken was part of the US delegation.")]
    [InlineData("Secretary of State Antony Blinken was among the members of the American delegation.")]
    public void Apply_OfficialInTheVisitorsDelegation_TakesPartInTheVisit(string sentence)
    {
        var result = Some.Extract("Sep 10, 2023 20:00", "HANOI, Sept. 10 (Wire)",
            "US President Joe Biden arrived in Hanoi on Sunday for a state visit to Vietnam.",
            sentence);
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", Blinken, visit.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", Biden, visit.Id);
        Assert.Equal("visit by Joe Biden to Vietnam", visit.Name); // a delegate does not name the event
    }

    [Fact]
    public void Apply_OfficialAmongThoseWhoAccompaniedTheVisitor_TakesPartInTheVisitAndHoldsTheOfficeInHisCountry()
    {
        var result = Some.Extract("Jan 10, 2024 20:00", "BEIJING, Jan. 10 (Wire)",
            "Maldivian President Mohamed Muizzu arrived in Beijing on Tuesday for a state visit to China.",
            "Foreign Minister Tomas Halloran was among the senior government officials who accompanied President Muizzu on the trip.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:tomas-halloran", visit.Id);
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:tomas-halloran", "country:mv");
    }

    [Fact]
    public void Apply_TitledOfficialOfNoStatedCountry_HoldsTheOfficeInThePartysCountry()
    {
        var result = Some.Extract("Jul 13, 2023 20:00", "PARIS, July 13 (Wire)",
            "Indian Prime Minister Narendra Modi arrived in Paris on Thursday for a state visit to France.",
            "The Indian delegation included Finance Minister Tomas Halloran.");

        var office = GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:tomas-halloran", "country:in");
        Assert.Contains(office.Evidence, e => e.Text?.Contains("delegation included", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Apply_OfficialsInAListThatSemicolonsDivide_AreEachThePartysOfficials()
    {
        var result = Some.Extract("Sep 3, 2024 20:00", "BEIJING, Sept. 3 (Wire)",
            "Nigerian President Bola Tinubu held talks with Chinese President Xi Jinping in Beijing on Tuesday.",
            "Tinubu was accompanied to the meeting by the Minister of Foreign Affairs, Tomas Halloran; the Minister of Finance and Coordinating "
            + "Minister of the Economy, Peter Ostrander; and the Minister of Industry, Trade and Investment, Maria Quillon.");
        var meeting = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);

        foreach (var official in new[] { "leader:tomas-halloran", "leader:peter-ostrander", "leader:maria-quillon" })
        {
            GraphAssert.HasEdge(result.Graph, "LeaderOf", official, "country:ng");
            Assert.Contains(result.Graph.InEdges<ParticipatedIn>(meeting), e => e.Source.Id == official);
        }
    }

    [Fact]
    public void Apply_OfficialsAccompanyingTheLeaderOnTheTrip_AreHisCountrysButNoPartOfTheMeeting()
    {
        var result = Some.Extract("Jun 24, 2025 20:00", "BEIJING, June 24 (Wire)",
            "Singapore Prime Minister Lawrence Wong held talks with Chinese President Xi Jinping in Beijing on Tuesday.",
            "Mr Wong is accompanied on the trip by Foreign Minister Tomas Halloran.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:lawrence-wong", "leader:xi-jinping");

        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:tomas-halloran", "country:sg");
        Assert.DoesNotContain(result.Graph.InEdges<ParticipatedIn>(meeting), e => e.Source.Id == "leader:tomas-halloran");
    }

    [Fact]
    public void Apply_OfficialWhoAccompaniedTheLeaderToTheSummit_IsHisCountrysButNoPartOfHisMeeting()
    {
        var result = Some.Extract("Jul 3, 2024 20:00", "ASTANA, July 3 (Wire)",
            "Prime Minister Shehbaz Sharif met Russian President Vladimir Putin on the sidelines of the SCO summit on Wednesday.",
            "Foreign Minister Tomas Halloran accompanied the prime minister to the summit.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:shehbaz-sharif", "leader:vladimir-putin");

        var office = (LeaderOf)GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:tomas-halloran", "country:pk");
        Assert.Contains(office.Evidence, e => e.Text == "Foreign Minister Tomas Halloran accompanied");
        Assert.DoesNotContain(result.Graph.InEdges<ParticipatedIn>(meeting), e => e.Source.Id == "leader:tomas-halloran");
    }

    [Fact]
    public void Apply_KnownOfficialInTheDelegation_HoldsTheOfficeByTheTextToo()
    {
        var result = Some.Extract("Apr 27, 2018 20:00", "PANMUNJOM, April 27 (Wire)",
            "North Korean leader Kim Jong Un met South Korean President Moon Jae-in at the truce village of Panmunjom on Friday.",
            "The North's nominal head of state, Kim Yong Nam, was part of the delegation that accompanied him into the South.");

        var office = (LeaderOf)GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:kim-yong-nam", "country:kp");
        Assert.Contains(office.Evidence, e => e.Article == "test");
    }

    [Fact]
    public void Apply_DelegationNamedByItsCountryInAStoryOfNoVisit_HoldsItsOfficialsOffices()
    {
        var result = Some.Extract("Feb 10, 2023 20:00", "WASHINGTON, Feb. 10 (Wire)",
            "Brazilian President Luiz Inacio Lula da Silva and US President Joe Biden met at the White House on Friday.",
            "The Brazilian delegation included Foreign Minister Tomas Halloran.");

        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:tomas-halloran", "country:br");
    }

    [Fact]
    public void Apply_PronounAccompaniedByAnOfficial_IsThePartyOfTheLeaderItStandsFor()
    {
        var result = Some.Extract("Jul 21, 2023 20:00", "NEW DELHI, July 21 (Wire)",
            "Sri Lankan President Ranil Wickremesinghe arrived in New Delhi on Thursday for a two-day official visit to India.",
            "He is accompanied by Foreign Minister Ali Sabry and a team of senior officials.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:ali-sabry", visit.Id);
    }

    [Fact]
    public void Apply_DelegationOfNoOneNamed_IsTheSubjectsParty()
    {
        var result = Some.Extract("Jun 6, 2022 20:00", "JAKARTA, June 6 (Wire)",
            "Australian Prime Minister Anthony Albanese arrived in Jakarta on Sunday evening with a large delegation that included Foreign Minister Penny Wong.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:penny-wong", visit.Id);
    }

    [Fact]
    public void Apply_AccompaniedToTheMeeting_TakesPartInTheMeetingWithEvidenceFromTheCue()
    {
        var result = Some.Extract("Sep 3, 2024 20:00", "BEIJING, Sept. 3 (Wire)",
            "Chinese President Xi Jinping held talks with Nigerian President Bola Tinubu in Beijing on Tuesday.",
            "Mr Tinubu was accompanied to the meeting by the Minister of Foreign Affairs, Yusuf Tuggar.");
        var talks = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);

        var edge = GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:yusuf-tuggar", talks.Id);
        Assert.Equal(["accompanied to the meeting by the Minister of Foreign Affairs, Yusuf Tuggar"], edge.Evidence.Select(e => e.Text));
    }

    [Theory]
    [InlineData("The meeting was also attended by Foreign Minister Hakan Fidan.")]
    [InlineData("The meeting was attended by senior Turkish ministers, among them Foreign Minister Hakan Fidan.")]
    [InlineData("Foreign Minister Hakan Fidan also took part in the talks.")]
    [InlineData("The meeting was also attended by His Excellency Foreign Minister Hakan Fidan.")]
    public void Apply_OfficialWhoAttendedTheMeeting_TakesPartInIt(string sentence)
    {
        var result = Some.Extract("Jul 3, 2024 20:00", "ASTANA, July 3 (Wire)",
            "Turkish President Recep Tayyip Erdogan met Chinese President Xi Jinping in Astana on Wednesday.",
            sentence);
        var meeting = Assert.Single(result.Graph.NodesOf<Event>());

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:hakan-fidan", meeting.Id);
        Assert.Equal("meeting between Recep Tayyip Erdoğan and Xi Jinping in Astana", meeting.Name);
    }

    [Fact]
    public void Apply_AttendedByAStyleOfAddressBeforeTheName_TheNamedOfficialTakesPart()
    {
        var result = Some.Extract("Jun 29, 2022 14:20", "Sakhir, June 29 (BNA):",
            "His Majesty King Hamad bin Isa Al Khalifa held official talks today at Al-Sakhir Palace with His Excellency President Abdel Fattah El-Sisi of the Arab Republic of Egypt.",
            "The talks were attended by His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister.");
        var meeting = Assert.Single(result.Graph.NodesOf<Event>());

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:hamad-bin-isa-al-khalifa", meeting.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:salman-bin-hamad-al-khalifa", meeting.Id);
    }

    [Fact]
    public void Apply_AttendedOnEachSideByStyledOfficials_EachOfThemTakesPart()
    {
        var result = Some.Extract("Nov 25, 2024 20:00", "KUWAIT, Nov 25 (Wire):",
            "His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Egyptian President Abdel Fattah El-Sisi at Bayan Palace on Monday.",
            "The talks were attended on the Kuwaiti side by His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah, His Highness the Prime Minister "
            + "Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah and Foreign Minister Abdullah Al-Yahya, and on the Egyptian side by Foreign Minister Badr Abdelatty.");
        var meeting = Assert.Single(result.Graph.NodesOf<Event>());

        foreach (var official in new[] { "leader:sabah-khaled-al-hamad-al-sabah", "leader:ahmad-abdullah-al-ahmad-al-sabah", "leader:abdullah-al-yahya", "leader:badr-abdelatty" })
        {
            GraphAssert.HasEdge(result.Graph, "ParticipatedIn", official, meeting.Id);
        }

        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:sabah-khaled-al-hamad-al-sabah", "country:kw");
        Assert.DoesNotContain(result.Graph.NodesOf<Place>(), p => p.Name == "Sabah");
    }

    [Fact]
    public void Apply_OfficialsAccompanyingAVisitor_TakePartInTheVisitToldFirst()
    {
        var result = Some.Extract("Jun 19, 2024 20:00", "PYONGYANG, June 19 (Wire)",
            "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for a state visit to North Korea.",
            "Putin met North Korean leader Kim Jong Un on Wednesday.",
            "Foreign Minister Sergei Lavrov and Defense Minister Andrei Belousov were among the officials accompanying Putin.",
            "Putin will then fly to Hanoi for a state visit to Vietnam.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Name == "visit by Vladimir Putin to North Korea");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:vladimir-putin", "leader:kim-jong-un");

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:sergey-lavrov", visit.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:andrei-belousov", visit.Id);
        GraphAssert.NoEdge(result.Graph, "ParticipatedIn", "leader:sergey-lavrov", meeting.Id);
    }

    [Theory]
    [InlineData("Biden made a surprise outing to the Old Quarter, accompanied by Australian Defence Minister Richard Marles.")]
    [InlineData("Biden was accompanied by Australian Defence Minister Richard Marles.")]
    public void Apply_CompanyThatIsNoDelegationToAMeeting_AddsNoParticipant(string sentence)
    {
        var result = Some.Extract("Sep 10, 2023 20:00", "HANOI, Sept. 10 (Wire)",
            "US President Joe Biden met Vietnamese leader Nguyen Phu Trong in Hanoi on Sunday.",
            sentence);

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:richard-marles");
    }

    [Fact]
    public void Apply_OfficialOfAnotherCountryThanTheParty_IsNoMemberOfIt()
    {
        var result = Some.Extract("Sep 10, 2023 20:00", "HANOI, Sept. 10 (Wire)",
            "US President Joe Biden arrived in Hanoi on Sunday for a state visit to Vietnam.",
            "Biden was accompanied by Vietnamese Foreign Minister Bui Thanh Son.");

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:bui-thanh-son");
    }

    [Theory]
    [InlineData("On the Russian side, Defense Minister Tomas Halloran took part in the negotiations.")]
    [InlineData("Defense Minister Tomas Halloran was among the Russian officials who took part in the talks.")]
    [InlineData("On the Russian side, the talks were attended by Defense Minister Tomas Halloran.")]
    public void Apply_TitledOfficialWhoTookPartOnACountrysSide_TookPartAndHoldsTheOfficeThere(string sentence)
    {
        var result = Some.Extract("Sep 13, 2023 20:00", "VOSTOCHNY, Russia (Wire)",
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.", sentence);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:tomas-halloran", Assert.Single(result.Graph.NodesOf<Event>()).Id);
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:tomas-halloran", "country:ru");
    }

    [Theory]
    [InlineData("On the Russian side, Defense Minister Tomas Halloran will take part in the meeting of the Security Council.")]
    [InlineData("On the Russian side, Defense Minister Tomas Halloran took part in a meeting with soldiers.")]
    public void Apply_OfficialWhoTookPartInAnotherGathering_IsNoParticipant(string sentence)
    {
        var result = Some.Extract("Sep 13, 2023 20:00", "VOSTOCHNY, Russia (Wire)",
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.", sentence);

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:tomas-halloran");
    }
}
