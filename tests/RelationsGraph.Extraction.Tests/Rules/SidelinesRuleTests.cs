using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class SidelinesRuleTests
{
    private const string Macron = "leader:emmanuel-macron";
    private const string Lula = "leader:luiz-inacio-lula-da-silva";

    [Theory]
    [InlineData("on the sidelines of")]
    [InlineData("on the margins of")]
    [InlineData("on the fringes of")]
    public void Apply_MeetingOnTheSidelinesOfASummit_IsPartOfItAndSharesItsCity(string words)
    {
        var result = Some.Story($"French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva on Thursday {words} the G20 summit in Rio de Janeiro.");
        var meeting = GraphAssert.EventOf(result.Graph, Macron, Lula);

        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, "event:2023-g20-summit");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:rio-de-janeiro");
        GraphAssert.HasEdge(result.Graph, "HeldIn", "event:2023-g20-summit", "place:rio-de-janeiro");
    }

    [Fact]
    public void Apply_MeetingOfSomeLengthNamedInTheNextSentence_IsPartOfTheSummitOnWhoseSidelinesItWasHeld()
    {
        var result = Some.Story(
            "French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva on Thursday.",
            "The roughly 45-minute meeting was held on the sidelines of the G20 summit.");
        var meeting = GraphAssert.EventOf(result.Graph, Macron, Lula);

        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, "event:2023-g20-summit");
    }

    [Fact]
    public void Apply_SummitInTheCityOfADemonym_IsHeldThereAndSoIsTheMeetingOnItsSidelines()
    {
        var result = Some.Story(
            "French President Emmanuel Macron held his first meeting with Brazilian President Luiz Inacio Lula da Silva on Thursday, sitting down with the head of France's largest trading partner in South America on the sidelines of the G20 summit in the Brazilian city of Rio de Janeiro.");
        var meeting = GraphAssert.EventOf(result.Graph, Macron, Lula);

        GraphAssert.HasEdge(result.Graph, "HeldIn", "event:2023-g20-summit", "place:rio-de-janeiro");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:rio-de-janeiro");
    }

    [Fact]
    public void Apply_EarlierMeetingToldOnTheSidelinesInASentenceAboutTheStorysMeeting_IsTheOneOnTheSidelines()
    {
        var result = Some.Extract("Nov 15, 2024 22:00", "LIMA, Nov. 15 (Wire) --",
            "Chinese President Xi Jinping met with South Korean President Yoon Suk Yeol here on Friday.",
            "Friday's meeting was the first formal talks between the two leaders since they met in Bali, Indonesia, in November 2022 on the sidelines of the Group of 20 (G20) summit.");
        var events = result.Graph.NodesOf<Event>().ToList();
        var lima = Assert.Single(events, e => e.EventKind == EventKind.Meeting && e.Date == new PartialDate(2024, 11, 15));
        var bali = Assert.Single(events, e => e.EventKind == EventKind.Meeting && e.Date == new PartialDate(2022, 11));
        var summit = Assert.Single(events, e => e.EventKind == EventKind.Summit);

        GraphAssert.HasEdge(result.Graph, "PartOf", bali.Id, summit.Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "PartOf" && e.Source.Id == lima.Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "HeldIn" && e.Source.Id == summit.Id && e.Target.Id == "place:lima");
    }

    [Fact]
    public void Apply_MeetingOnTheSidelinesOfTheSummit_IsPartOfTheArticlesSummitAndSharesItsCity()
    {
        var result = Some.Extract("May 24, 2022 20:00", "TOKYO, May 24 (Wire)",
            "Japanese Prime Minister Fumio Kishida hosted US President Joe Biden, Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese at the prime minister's office in Tokyo on Tuesday.",
            "On the sidelines of the summit, Mr Biden held talks with Mr Modi.");
        var summit = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:joe-biden", "leader:narendra-modi", "leader:anthony-albanese");
        var talks = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:narendra-modi");

        GraphAssert.HasEdge(result.Graph, "PartOf", talks.Id, summit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:tokyo");
        GraphAssert.HasEdge(result.Graph, "HeldIn", summit.Id, "place:tokyo");
        Assert.Equal(2, result.Graph.NodesOf<Event>().Count());
        Assert.DoesNotContain("the summit", talks.Aliases.Items); // the summit's name, not the talks'
        Assert.Contains("the summit", summit.Aliases.Items);
    }

    [Fact]
    public void Apply_SidelinesOfTheSummitAfterANamedGatheringThatIsNotTheMainEvent_IsPartOfTheGathering()
    {
        var result = Some.Extract("Nov 7, 2024 20:00", "KUNMING, Nov. 7 (Wire)",
            "Myanmar junta leader Senior General Min Aung Hlaing held talks with Chinese Premier Li Qiang in Kunming on Wednesday.",
            "Min Aung Hlaing flew into Kunming on Tuesday to attend the eighth Greater Mekong Subregion (GMS) Summit.",
            "On the sidelines of the summit, Min Aung Hlaing also met Cambodian Prime Minister Hun Manet.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:min-aung-hlaing", "leader:hun-manet");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Name == "eighth Greater Mekong Subregion Summit");

        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, summit.Id);
    }

    [Fact]
    public void Apply_ToAttendTheSummitAfterAnotherNamedGathering_DoesNotTakeThatGathering()
    {
        // "The summit" a guest came to attend is the story's summit, not the Quad told just before; only "on the sidelines
        // of the summit" falls back to the edition named last.
        var result = Some.Extract("May 20, 2023 20:00", "HIROSHIMA, May 20 (Wire)",
            "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Hiroshima on Saturday on the sidelines of the G7 summit.",
            "Later in the day the two men joined US President Joe Biden and Australian Prime Minister Anthony Albanese for a Quad summit.",
            "Modi then held talks with Ukrainian President Volodymyr Zelenskyy, who flew in the same day to attend the summit.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:volodymyr-zelensky");

        Assert.DoesNotContain(result.Graph.EdgesOf<PartOf>(), e => e.Source.Id == talks.Id && e.Target.Name.Contains("Quad", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_SidelinesOpeningASentenceOfSeveralMeetings_SetsEachOnTheSidelines()
    {
        var result = Some.Extract("May 24, 2022 20:00", "TOKYO, May 24 (Wire)",
            "Japanese Prime Minister Fumio Kishida hosted US President Joe Biden, Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese at the prime minister's office in Tokyo on Tuesday.",
            "On the sidelines of the summit, Biden held separate talks with Modi and Albanese, while Kishida also met both men one-on-one.");
        var summit = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:joe-biden", "leader:narendra-modi", "leader:anthony-albanese");

        foreach (var pair in new[] { ("leader:joe-biden", "leader:narendra-modi"), ("leader:joe-biden", "leader:anthony-albanese"), ("leader:fumio-kishida", "leader:narendra-modi"), ("leader:fumio-kishida", "leader:anthony-albanese") })
        {
            var talks = GraphAssert.EventOf(result.Graph, pair.Item1, pair.Item2);
            GraphAssert.HasEdge(result.Graph, "PartOf", talks.Id, summit.Id);
            GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:tokyo");
        }
    }

    [Fact]
    public void Apply_MeetingDuringASummit_IsPartOfIt()
    {
        var result = Some.Story("French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva during the G20 summit on Thursday.");

        GraphAssert.HasEdge(result.Graph, "PartOf", GraphAssert.EventOf(result.Graph, Macron, Lula).Id, "event:2023-g20-summit");
    }

    [Theory]
    [InlineData("In August, Abiy said Ethiopia had won a pause in debt repayments following discussions with Xi on the sidelines of the BRICS summit in Johannesburg.", false)]
    [InlineData("The two leaders' last encounter had taken place in August, on the sidelines of the BRICS summit in Johannesburg.", false)]
    [InlineData("On Tuesday, a year after meeting in August, Abiy saw Xi on the sidelines of the BRICS summit in Johannesburg.", true)]
    public void Apply_SentenceThatDatesTheSidelinesAtAnotherTimeThanTheMeeting_DoesNotSetTheMeetingThere(string sentence, bool partOf)
    {
        var result = Some.Extract("Oct 17, 2023 20:00", "BEIJING, Oct 17 (Wire)",
            "Ethiopian Prime Minister Abiy Ahmed held talks with Chinese President Xi Jinping in Beijing on Tuesday.", sentence);

        // "The two leaders' last encounter" is an earlier meeting of its own; the talks are Tuesday's.
        var talks = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Date == new PartialDate(2023, 10, 17));

        Assert.Equal(partOf, result.Graph.Edges.Any(e => e.Kind == "PartOf" && e.Source.Id == talks.Id && e.Target.Id == "event:2023-brics-summit"));
    }

    [Fact]
    public void Apply_SidelinesOfASummitOfAnotherYearThanTheMeeting_IsNotPartOfIt()
    {
        var result = Some.Extract("Oct 23, 2024 20:00", "KAZAN, Oct 23 (Wire)",
            "Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Kazan on Wednesday.",
            "In the years since 2020, Modi and Xi had only brief exchanges: on the sidelines of the G20 summit in Bali in November 2022.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:xi-jinping");

        Assert.DoesNotContain(result.Graph.EdgesOf<PartOf>(), e => e.Source.Id == talks.Id);
    }

    [Theory]
    [InlineData("Macron made a state visit to India in 2018, two years after the alliance India and France had launched on the sidelines of the COP21 climate conference in Paris in 2015.", false)]
    [InlineData("On the sidelines of the COP21 climate conference in Paris, the two leaders also launched a solar alliance.", true)]
    public void Apply_SentenceOfAnotherYearAboutAnotherEvent_DoesNotSetTheUndatedMeetingOfTheStoryOnTheSidelines(string sentence, bool partOf)
    {
        // No time stamp: the story's own meeting stays undated.
        var result = Some.Extractor.Extract(RelationsGraph.Extraction.Reading.ArticleReader.Read("test",
            $"Macron and Modi talk\n\nPARIS (Wire) -- French President Emmanuel Macron held talks with Indian Prime Minister Narendra Modi in Paris.\n\n{sentence}\n"));
        var talks = GraphAssert.EventOf(result.Graph, "leader:emmanuel-macron", "leader:narendra-modi");

        Assert.Null(talks.Date);
        Assert.Equal(partOf, result.Graph.EdgesOf<PartOf>().Any(e => e.Source.Id == talks.Id && e.Target.Name == "COP21"));
    }

    [Theory]
    [InlineData("The talks also addressed the economic corridor, which was announced on the sidelines of the G20 summit.", false)]
    [InlineData("The talks, which were held on the sidelines of the G20 summit, lasted an hour.", true)]
    public void Apply_WhichClauseOnTheSidelines_IsItsAntecedentsUnlessAnEvent(string sentence, bool partOf)
    {
        var result = Some.Story("French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva on Thursday.", sentence);
        var talks = GraphAssert.EventOf(result.Graph, Macron, Lula);

        Assert.Equal(partOf, result.Graph.EdgesOf<PartOf>().Any(e => e.Source.Id == talks.Id && e.Target.Id == "event:2023-g20-summit"));
    }

    [Theory]
    [InlineData("ahead of")]
    [InlineData("on the eve of")]
    [InlineData("after")]
    public void Apply_MeetingBeforeOrAfterASummit_IsNotPartOfIt(string words)
    {
        var result = Some.Story($"French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva on Thursday {words} the G20 summit.");

        Assert.Empty(result.Graph.EdgesOf<PartOf>());
    }

    [Fact]
    public void Apply_MeetingPlacedByTheDatelineOnTheSidelinesOfASummit_GivesTheSummitThatCity()
    {
        var result = Some.Extract("04 Apr 2025, 18:20", "BANGKOK, April 4, 2025 (Wire) -",
            "Chief Adviser Muhammad Yunus and Indian Prime Minister Narendra Modi held a bilateral meeting here today on the sidelines of the sixth BIMSTEC Summit.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.HasEdge(result.Graph, "HeldIn", summit.Id, "place:bangkok");
    }

    [Fact]
    public void Apply_MeetingPlacedByTheDatelineDuringAVisit_GivesTheVisitNoCity()
    {
        var result = Some.Extract("Mar 16, 2023 20:00", "TOKYO, March 16 (Wire) --",
            "South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida on Thursday during his two-day visit to Japan.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.NoEdge(result.Graph, "HeldIn", visit.Id, "place:tokyo");
    }
}
