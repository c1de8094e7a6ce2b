using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class VenueRuleTests
{
    [Fact]
    public void Apply_TalksAtAPossessedVenueInACity_HeldInBoth()
    {
        var result = Some.Story("Modi met Albanese on Thursday.", "The talks at the prime minister's residence in Canberra lasted two hours.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese").Id;

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting, "place:prime-ministers-residence");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting, "place:canberra");
    }

    [Theory]
    [InlineData("The meeting, held at the Great Hall of the People, lasted two hours.")]
    [InlineData("The talks held in the Great Hall of the People lasted two hours.")]
    [InlineData("The talks were held at the Great Hall of the People.")]
    [InlineData("The meeting took place at the Great Hall of the People.")]
    [InlineData("The talks, which took place at the Great Hall of the People, lasted two hours.")]
    public void Apply_MeetingHeldAtAVenue_WasHeldThere(string sentence)
    {
        var result = Some.Extract("May 16, 2024 20:00", "BEIJING, May 16 (Wire)", "Chinese President Xi Jinping met Russian President Vladimir Putin on Thursday.", sentence);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:vladimir-putin").Id;

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting, "place:great-hall-of-the-people");
    }

    [Theory]
    [InlineData("The meeting, in the Great Hall of the People, lasted two hours.")]
    [InlineData("The talks, which were cordial, ended in the Great Hall of the People.")]
    public void Apply_PlaceNotSaidOfTheMeeting_IsNotItsVenue(string sentence)
    {
        var result = Some.Extract("May 16, 2024 20:00", "BEIJING, May 16 (Wire)", "Chinese President Xi Jinping met Russian President Vladimir Putin on Thursday.", sentence);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:vladimir-putin").Id;

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "HeldIn" && e.Source.Id == meeting && e.Target.Id == "place:great-hall-of-the-people");
    }

    [Theory]
    [InlineData("After talks in the Great Hall of the People, the two men signed a joint statement.", true)]
    [InlineData("The statement came after talks in the Great Hall of the People.", false)]
    public void Apply_BareTalksAfterAWordOfTimeOpeningTheSentence_AreTheMainMeetingsVenue(string sentence, bool held)
    {
        var result = Some.Extract("May 16, 2024 20:00", "BEIJING, May 16 (Wire)", "Chinese President Xi Jinping met Russian President Vladimir Putin on Thursday.", sentence);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:vladimir-putin").Id;

        Assert.Equal(held, result.Graph.Edges.Any(e => e.Kind == "HeldIn" && e.Source.Id == meeting && e.Target.Id == "place:great-hall-of-the-people"));
    }


    [Fact]
    public void Apply_ShortFormOfAVenueNamedBefore_IsThatVenue()
    {
        var result = Some.Extract("Sep 3, 2024 20:00", "BEIJING, Sept. 3 (Wire)",
            "Chinese President Xi Jinping held talks with President Ade Okonkwo at the Great Hall of the People on Tuesday.",
            "Xi received his guest at a welcome ceremony inside the Great Hall before the talks.");

        var hall = Assert.Single(result.Graph.NodesOf<Place>(), p => p.Name.StartsWith("Great Hall", StringComparison.Ordinal));
        Assert.Contains("the Great Hall", hall.Aliases.Items);
    }

    [Fact]
    public void Apply_NoCityWritten_TheDatelineCityIsWhereTheMainMeetingWasHeld()
    {
        var result = Some.Story("Modi met Albanese on Thursday.");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "HeldIn", GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese").Id, "place:tokyo").Evidence,
            e => e.Text?.StartsWith("TOKYO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Apply_MeetingDuringAVisitToTheDatelinesCountry_WasHeldInTheDatelineCity()
    {
        var result = Some.Extract("Nov 3, 2023 19:00", "MANILA, Nov. 3 (Wire)",
            "Japanese Prime Minister Fumio Kishida, who is on an official visit to the Philippines, met Philippine President Ferdinand Marcos Jr. on Friday.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:ferdinand-marcos-jr");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:manila");
    }

    [Fact]
    public void Apply_MeetingOnTheSidelinesOfASummitWithNoPlace_WasHeldInTheDatelineCity()
    {
        var result = Some.Extract("Oct 22, 2024 19:00", "KAZAN, Oct. 22 (Wire)",
            "Prime Minister Narendra Modi on Tuesday held talks with Russian President Vladimir Putin on the sidelines of the 16th BRICS summit.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:vladimir-putin");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:kazan");
    }

    [Fact]
    public void Apply_MeetingOnTheSidelinesOfASummitElsewhere_IsNotHeldInTheDatelineCity()
    {
        var result = Some.Extract("Oct 22, 2024 19:00", "NEW DELHI, Oct. 22 (Wire)",
            "Prime Minister Narendra Modi on Tuesday held talks with Russian President Vladimir Putin on the sidelines of the 16th BRICS summit.",
            "The BRICS summit in Kazan ends on Thursday.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:vladimir-putin");

        GraphAssert.NoEdge(result.Graph, "HeldIn", meeting.Id, "place:new-delhi");
    }

    [Fact]
    public void Apply_MeetingAtAVenueToldAgainstALaterTalk_IsTheMeetingHeldThere()
    {
        var result = Some.Extract("Jun 24, 2025 18:12", "BEIJING, June 24 (Wire)",
            "Singapore Prime Minister Lawrence Wong met Chinese President Xi Jinping in Beijing on Tuesday.",
            "The meeting at the Great Hall of the People came a day after Mr Wong held talks with Premier Li Qiang.");

        var xi = GraphAssert.EventOf(result.Graph, "leader:lawrence-wong", "leader:xi-jinping");
        var li = GraphAssert.EventOf(result.Graph, "leader:lawrence-wong", "leader:li-qiang");
        GraphAssert.HasEdge(result.Graph, "HeldIn", xi.Id, "place:great-hall-of-the-people");
        GraphAssert.NoEdge(result.Graph, "HeldIn", li.Id, "place:great-hall-of-the-people");
    }

    [Fact]
    public void Apply_AnotherCityWritten_TheDatelineIsNotTheVenue()
    {
        var result = Some.Story("Modi met Albanese in Sydney on Thursday.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:anthony-albanese").Id;

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting, "place:sydney");
        GraphAssert.NoEdge(result.Graph, "HeldIn", meeting, "place:tokyo");
    }

    [Fact]
    public void Apply_UnnamedVenue_IsNoPlace()
    {
        var result = Some.Story("Modi met Albanese on Thursday.", "The talks at the secluded country estate lasted two hours.");

        Assert.DoesNotContain(result.Graph.NodesOf<Place>(), p => p.Name.Contains("estate", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_DatelinePlaceTheKnowledgeBaseLacks_IsAPlaceInItsCountryWhereTheMeetingWasHeld()
    {
        var result = Some.Extract("Oct 22, 2022 19:00", "PERTH, Australia, Oct. 22 (Wire)",
            "Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese on Saturday.",
            "Perth was chosen to highlight the resources relationship.");

        var perth = Assert.Single(result.Graph.NodesOf<Place>(), p => p.Name == "Perth");
        Assert.Contains("PERTH", perth.Aliases.Items);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:anthony-albanese");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, perth.Id);
        GraphAssert.HasEdge(result.Graph, "LocatedIn", perth.Id, "country:au");
    }

    [Fact]
    public void Apply_MeetingInAWhereClauseAfterAVenueInACity_IsHeldInBoth()
    {
        var result = Some.Extract("Jan 5, 2023 18:00", "MANILA, Jan. 5 (Wire)",
            "The agreements were signed on Wednesday at the Great Hall of the People in Beijing, where Chinese President Xi Jinping received Philippine President Ferdinand Marcos Jr. before the two leaders sat down for talks.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:ferdinand-marcos-jr");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:beijing");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:great-hall-of-the-people");
    }

    [Fact]
    public void Apply_MeetingInAWhereClauseAfterACity_IsHeldInTheCity()
    {
        var result = Some.Extract("Mar 21, 2023 18:00", "MOSCOW, March 21 (Wire)",
            "Chinese President Xi Jinping met Russian President Vladimir Putin in the Kremlin on Tuesday.",
            "Observers were also watching Kyiv, where Japan's Prime Minister Fumio Kishida made an unannounced visit on Tuesday and met Ukrainian President Volodymyr Zelensky.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:volodymyr-zelensky");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:kyiv").Evidence, e => e.Text!.StartsWith("Kyiv, where", StringComparison.Ordinal));
        GraphAssert.NoEdge(result.Graph, "HeldIn", GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:vladimir-putin").Id, "place:kyiv");
    }

    [Fact]
    public void Apply_MeetingOfAVisitInAWhereClauseAfterAnotherCity_IsHeldInThatCityNotWhereTheVisitBegan()
    {
        var result = Some.Extract("Sep 2, 2014 09:00", "TOKYO (Wire)",
            "Indian Prime Minister Narendra Modi arrived in Kyoto on Saturday for a five-day visit to Japan.",
            "After a day of temple visits, Modi moved on to Tokyo, where he and Prime Minister Shinzo Abe held their summit on Monday.");
        var summit = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:shinzo-abe");

        GraphAssert.HasEdge(result.Graph, "HeldIn", summit.Id, "place:tokyo");
        GraphAssert.NoEdge(result.Graph, "HeldIn", summit.Id, "place:kyoto");
    }

    [Fact]
    public void Apply_MeetingBeforeAWhereClause_KeepsItsOwnPlace()
    {
        var result = Some.Extract("Mar 21, 2023 18:00", "MOSCOW, March 21 (Wire)",
            "Xi Jinping met Vladimir Putin in Moscow on Tuesday after a flight from Beijing, where he had met Wang Yi.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:vladimir-putin");

        GraphAssert.NoEdge(result.Graph, "HeldIn", meeting.Id, "place:beijing");
    }

    [Fact]
    public void Apply_MeetingOfTheTwoLeadersAtAVenue_IsHeldThere()
    {
        var result = Some.Extract("Nov 3, 2023 20:00", "MANILA, Nov. 3 (Wire)",
            "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida agreed on Friday to begin talks on a pact.",
            "The agreement was reached during the summit meeting of the two leaders at Malacañan Palace.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:ferdinand-marcos-jr", "leader:fumio-kishida");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:malacanang-palace");
    }

    [Fact]
    public void Apply_CapitalAfterADistrictAndAComma_IsTheCityOfTheMeeting()
    {
        var result = Some.Extract("May 21, 2022 18:00", "SEOUL, May 21 (Wire)",
            "South Korean President Yoon Suk Yeol and U.S. President Joe Biden met at the new presidential office in Yongsan District, central Seoul, on Saturday.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:joe-biden");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:seoul");
    }
}
