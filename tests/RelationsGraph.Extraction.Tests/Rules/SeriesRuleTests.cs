using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class SeriesRuleTests
{
    [Fact]
    public void Apply_NumberedEdition_NamedAsWrittenOrganizedByItsOrganizationHeldWhereWritten()
    {
        var result = Some.Extract("Sep 10, 2023 09:00", "NEW DELHI, Sept. 9 (Wire)", "Leaders gathered for the 18th G20 Summit in New Delhi on Saturday.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal("event:2023-g20-summit", summit.Id);
        Assert.Equal("18th G20 Summit", summit.Name);
        Assert.Equal(18, summit.Ordinal);
        GraphAssert.HasEdge(result.Graph, "OrganizedBy", summit.Id, "org:g20");
        GraphAssert.HasEdge(result.Graph, "HeldIn", summit.Id, "place:new-delhi");
    }

    [Fact]
    public void Apply_TwoNumberedEditionsOfOneYearsStory_AreTwoEventsEachNamedByItsNumber()
    {
        var result = Some.Extract("May 23, 2023 09:00", "SUVA (Wire)",
            "Rabuka attended the third summit of the Forum for India-Pacific Islands Cooperation (FIPIC) in Port Moresby.",
            "Modi visited Fiji in 2014, when the first FIPIC summit was held in Suva.");
        var summits = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Summit).OrderBy(e => e.Ordinal).ToList();

        Assert.Equal([1, 3], summits.Select(e => e.Ordinal));
        GraphAssert.HasEdge(result.Graph, "HeldIn", summits[1].Id, "place:port-moresby");
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "HeldIn" && e.Source.Id == summits[0].Id && e.Target.Id == "place:port-moresby");
    }

    [Fact]
    public void Apply_EditionOfABodyWithAnotherPartyCoChairedByTwoLeaders_NamedWholeAndBothTakePart()
    {
        var result = Some.Extract("Nov 21, 2024 09:00", "GEORGETOWN (Wire)",
            "Georgetown hosted the second India-CARICOM Summit, which was co-chaired by Prime Minister Narendra Modi and Grenada's Prime Minister, Dickon Mitchell.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal("second India-CARICOM Summit", summit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:narendra-modi", summit.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:dickon-mitchell", summit.Id);
    }

    [Theory]
    [InlineData("Yesterday's gathering was the first FIPIC summit since 2015.")]
    [InlineData("It was the first FIPIC summit to be hosted by Papua New Guinea.")]
    public void Apply_FirstInYearsOrOfItsKind_IsNoOtherEdition(string sentence)
    {
        var result = Some.Extract("May 23, 2023 09:00", "SUVA (Wire)",
            "Rabuka attended the third summit of the Forum for India-Pacific Islands Cooperation (FIPIC) in Port Moresby.", sentence);

        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);
        Assert.Equal(3, summit.Ordinal);
        GraphAssert.HasEdge(result.Graph, "OrganizedBy", summit.Id, "org:fipic");
    }

    [Fact]
    public void Apply_GatheringWithAnAcronymInBrackets_IsAlsoNamedWithoutTheBracketsAndByTheAcronym()
    {
        var result = Some.Extract("May 3, 2023 20:00", "NAIROBI (Wire)",
            "The tour follows the eighth Tokyo International Conference on African Development (TICAD 8), held in Tunis.");
        var conference = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Contains("the eighth Tokyo International Conference on African Development", conference.Aliases.Items);
        Assert.Contains("TICAD 8", conference.Aliases.Items);
    }

    [Fact]
    public void Apply_GatheringThatWasHeldInAYearOfItsSentence_IsOfThatYear()
    {
        var result = Some.Extract("Jul 29, 2023 00:07", "HARARE (Wire)", "The first Russia-Africa Summit was held in Sochi in 2019.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal(new PartialDate(2019), summit.Date);
    }

    [Theory]
    [InlineData(" hosted by the French president in June that year", 2023)]
    [InlineData(" held in Paris in June 2023", 2023)]
    public void Apply_GatheringDescribedByAParticipleWithADate_IsOfThatDatesYear(string words, int year)
    {
        var result = Some.Extract("Nov 29, 2024 09:00", "PARIS (Wire)",
            $"Weeks after his inauguration in May 2023, Tinubu travelled to Paris, where he joined other leaders at the Summit for a New Global Financing Pact{words}.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal(new PartialDate(year), summit.Date);
    }

    [Theory]
    [InlineData("The last meeting was in November, when Prime Minister Jacinda Ardern met Xi Jinping on the sidelines of the APEC summit in Bangkok.", 2022)]
    [InlineData("Prime Minister Jacinda Ardern met Xi Jinping on the sidelines of the APEC summit in Bangkok on Tuesday.", 2023)]
    [InlineData("The last meeting was in November, when Prime Minister Jacinda Ardern said she would attend the APEC summit in Bangkok.", 2023)]
    [InlineData("The last meeting was in November, when Prime Minister Jacinda Ardern met Xi Jinping in Wellington, and both will attend the APEC summit.", 2023)]
    [InlineData("The last meeting was in November, when Prime Minister Jacinda Ardern met Xi Jinping during the APEC summit in Bangkok.", 2022)]
    [InlineData("The last meeting was in November, when Prime Minister Jacinda Ardern spoke during the APEC summit in Bangkok.", 2023)]
    public void Apply_EditionOfAMeetingOnItsSidelinesDatedInAnotherClause_IsOfTheMeetingsYear(string sentence, int year)
    {
        var result = Some.Extract("Jun 27, 2023 20:00", "BEIJING (Wire)", sentence);
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal(new PartialDate(year), summit.Date);
    }

    [Theory]
    [InlineData("Xi arrived in Bangkok on Thursday after attending the G20 summit in Bali.", "place:bali")]
    [InlineData("Xi arrived in Bangkok on Thursday after attending the G20 summit.", null)]
    [InlineData("Xi arrived in Bangkok on Monday to attend the G20 summit in Bali.", "place:bali")]
    public void Apply_LeaderArrivedInACityAfterAttendingAnEditionOrForOneHeldElsewhere_ItIsNotHeldThere(string sentence, string? place)
    {
        var result = Some.Extract("Nov 17, 2022 20:00", "BANGKOK (Wire)", sentence);
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.NoEdge(result.Graph, "HeldIn", summit.Id, "place:bangkok");
        if (place is not null)
        {
            GraphAssert.HasEdge(result.Graph, "HeldIn", summit.Id, place);
        }
    }

    [Fact]
    public void Apply_LeaderAttendsOrArrivesFor_TookPart()
    {
        var result = Some.Story(
            "Prime Minister Anthony Albanese arrived in Jakarta on Monday for the ASEAN summit.",
            "Modi is attending the ASEAN summit as a guest.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>());

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:anthony-albanese", summit.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:narendra-modi", summit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", summit.Id, "place:jakarta");
    }

    [Fact]
    public void Apply_LeaderJoinedOthersForAnEdition_AllTakePart()
    {
        var result = Some.Story(
            "On Saturday, PM Modi also joined Biden, Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida for the Quad summit.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        foreach (var leader in new[] { "leader:narendra-modi", "leader:joe-biden", "leader:anthony-albanese", "leader:fumio-kishida" })
        {
            GraphAssert.HasEdge(result.Graph, "ParticipatedIn", leader, summit.Id);
        }
    }

    [Theory]
    [InlineData("Modi joined Biden in praising the plan. Albanese and Kishida were in Sydney for the Quad summit.")]
    [InlineData("Modi joined Biden in praising the plan; Albanese and Kishida were in Sydney for the Quad summit.")]
    [InlineData("Modi joined the Quad in 2007 and has since travelled widely, meeting many leaders in many capitals over the years, always speaking warmly of Biden, for the Quad summit.")]
    public void Apply_JoinedInAnotherClauseOrFarBeforeTheEdition_AddsNoParticipant(string text)
    {
        var result = Some.Story(text);

        Assert.DoesNotContain(result.Graph.EdgesOf<ParticipatedIn>(), e => e.Source.Id is "leader:narendra-modi" or "leader:joe-biden" && ((Event)e.Target).EventKind == EventKind.Summit);
    }

    [Fact]
    public void Apply_AcceptedAnotherLeadersInvitationToAttend_TheSubjectTakesPartNotThePossessor()
    {
        var result = Some.Extract("Mar 20, 2023 18:00", "NEW DELHI, March 20 (Wire)",
            "Indian Prime Minister Narendra Modi said he had accepted Japanese Prime Minister Fumio Kishida's invitation to attend the G7 summit in Hiroshima in May.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>());

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:narendra-modi", summit.Id);
        Assert.DoesNotContain(result.Graph.EdgesOf<ParticipatedIn>(), e => e.Source.Id == "leader:fumio-kishida");
    }

    [Fact]
    public void Apply_EditionNamedWithoutItsOrganization_IsNotOrganizedByIt()
    {
        var result = Some.Story("The leaders last met on the eve of an Asia-Pacific summit.");

        Assert.Empty(result.Graph.EdgesOf<OrganizedBy>());
        Assert.Null(result.Graph.GetNode<Organization>("org:apec"));
    }

    [Fact]
    public void Apply_EditionHeldInACity_IsAlsoNamedByTheCity()
    {
        var result = Some.Extract("Jun 27, 2019 18:00", "OSAKA, June 27 (Wire)", "Leaders arrived in Osaka on Thursday for the G20 summit.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Contains("G20 Summit in Osaka", summit.Aliases.Items);
    }

    [Theory]
    [InlineData("The mandate was extended at an extraordinary SADC summit held in Lilongwe in January.")]
    [InlineData("The mandate was extended at the SADC summit, which was convened in Lilongwe.")]
    public void Apply_EditionHeldInACityAsAParticipleSays_IsHeldThere(string sentence)
    {
        var result = Some.Extract("Mar 11, 2022 18:00", "PRETORIA, March 11 (Wire)", sentence);

        GraphAssert.HasEdge(result.Graph, "HeldIn", Assert.Single(result.Graph.NodesOf<Event>()).Id, "place:lilongwe");
    }

    [Fact]
    public void Apply_EditionWrittenShorterThanTheSeriesName_IsAlsoNamedSoWithTheCity()
    {
        var result = Some.Extract("Jun 6, 2022 18:00", "BOGOR, June 6 (Wire)",
            "Albanese joined the leaders of the United States, Japan and India at a Quad summit in Tokyo last month.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Contains("Quad summit in Tokyo", summit.Aliases.Items);
    }

    [Fact]
    public void Apply_LeaderGroupExpectedToAttendASummit_EachLeaderTakesPart()
    {
        var result = Some.Extract("Nov 14, 2022 20:00", "NUSA DUA, Indonesia, Nov. 14 (Wire)",
            "US President Joe Biden and Chinese President Xi Jinping met on Monday.",
            "Both presidents are expected to attend the G20 summit on Tuesday.");

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joe-biden", "event:2022-g20-summit");
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", "event:2022-g20-summit");
    }

    [Theory]
    [InlineData("Both Olaf Scholz and Xi Jinping are expected at the G20 summit in Bali later this month.")]
    [InlineData("Both Olaf Scholz and Xi Jinping are expected to attend the opening session of the G20 summit later this month.")]
    public void Apply_LeadersExpectedAtASummitOrAtItsOpening_TakePart(string sentence)
    {
        var result = Some.Extract("Nov 4, 2022 20:00", "BEIJING, Nov. 4 (Wire)", sentence);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:olaf-scholz", "event:2022-g20-summit");
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", "event:2022-g20-summit");
    }

    [Theory]
    [InlineData("Both Olaf Scholz and Xi Jinping are expected after the G20 summit in Bali later this month.")]
    [InlineData("Both Olaf Scholz and Xi Jinping were rarely seen at the G20 summit in Bali last year.")]
    [InlineData("Both Olaf Scholz and Xi Jinping are expected to watch the opening session of the G20 summit later this month.")]
    public void Apply_LeadersExpectedOtherwiseThanAtTheSummit_DoNotTakePart(string sentence)
    {
        var result = Some.Extract("Nov 4, 2022 20:00", "BEIJING, Nov. 4 (Wire)", sentence);

        Assert.Empty(result.Graph.EdgesOf<ParticipatedIn>());
    }

    [Fact]
    public void Apply_SummitWhichALeaderIsHosting_TheHostTakesPart()
    {
        var result = Some.Extract("Nov 14, 2022 20:00", "NUSA DUA, Indonesia, Nov. 14 (Wire)",
            "They met before the G20 summit, which Indonesian President Joko Widodo is hosting on the island from Tuesday.");

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joko-widodo", "event:2022-g20-summit");
    }

    [Fact]
    public void Apply_SummitWhichALeaderCriticised_TheCriticDoesNotTakePart()
    {
        var result = Some.Extract("Nov 14, 2022 20:00", "NUSA DUA, Indonesia, Nov. 14 (Wire)",
            "They met before the G20 summit, which Indonesian President Joko Widodo criticised as too long.");

        Assert.DoesNotContain(result.Graph.EdgesOf<ParticipatedIn>(), e => e.Source.Id == "leader:joko-widodo");
    }

    [Theory]
    [InlineData("May 18, 2023 12:00", "Deal struck on eve of G7 summit commits Britain to sending carrier strike group to the region in 2025.", "event:2023-g7-summit")]
    [InlineData("Apr 2, 2024 12:00", "The two leaders last met in November, on the eve of the APEC summit.", "event:2023-apec-economic-leaders-meeting")]
    [InlineData("May 18, 2023 12:00", "The two leaders first met at the G20 summit in Osaka in 2019.", "event:2019-g20-summit")]
    [InlineData("Mar 2, 2023 12:00", "Officials recalled the G20 summit in Bali, Indonesia, held in November last year.", "event:2022-g20-summit")]
    [InlineData("Mar 2, 2023 12:00", "Officials recalled the G20 summit, a large gathering of leaders from many nations, in November last year.", "event:2023-g20-summit")]
    public void Apply_DateInTheEditionsClause_DatesItWhenBeforeItNextToItOrOfTheArticlesYear(string published, string sentence, string id)
    {
        // A year far after the edition dates another verb ("... to the region in 2025"), not the summit.
        var result = Some.Extract(published, "TOKYO (Wire)", sentence);

        Assert.Equal(id, Assert.Single(result.Graph.NodesOf<Event>()).Id);
    }

    [Theory]
    [InlineData("Kishida proposed a visit to a memorial in Hiroshima when Yoon attends the G7 summit there later this month.", true)]
    [InlineData("Yoon will attend the G7 summit there later this month, before a stop in Hiroshima.", false)]
    public void Apply_SummitThere_IsHeldInTheLastPlaceTheStoryNamedBeforeIt(string sentence, bool inHiroshima)
    {
        var result = Some.Extract("May 7, 2023 18:00", "SEOUL, May 7 (Wire)", sentence);
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal(inHiroshima, result.Graph.OutEdges<HeldIn>(summit).Any(e => e.Target.Id == "place:hiroshima"));
        GraphAssert.NoEdge(result.Graph, "HeldIn", summit.Id, "place:seoul"); // the dateline's city is not the story's
    }

    [Fact]
    public void Apply_NamedGatheringOfNoOrganization_NamedAsWrittenHeldWhereWrittenAttendedAndOrganizedByNone()
    {
        var result = Some.Extract("Nov 5, 2023 18:00", "SHANGHAI, Nov. 5 (Wire)", "Prime Minister Anthony Albanese attended the sixth China International Import Expo in Shanghai on Sunday.");
        var expo = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal("sixth China International Import Expo", expo.Name);
        Assert.Equal(6, expo.Ordinal);
        GraphAssert.HasEdge(result.Graph, "HeldIn", expo.Id, "place:shanghai");
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:anthony-albanese", expo.Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "OrganizedBy");
    }

    [Fact]
    public void Apply_SessionOfTheGeneralAssembly_IsAnEditionTheUnitedNationsConvenes()
    {
        var result = Some.Extract("Sep 26, 2024 08:00", "NEW YORK, Sept. 25 (Wire)",
            "Vietnamese President To Lam met US President Joe Biden in New York on Wednesday, on the sidelines of the high-level week of the 79th session of the UN General Assembly.");
        var session = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal(79, session.Ordinal);
        GraphAssert.HasEdge(result.Graph, "OrganizedBy", session.Id, "org:un");
        GraphAssert.NoEdge(result.Graph, "OrganizedBy", session.Id, "org:united-nations-general-assembly");
        GraphAssert.HasEdge(result.Graph, "PartOf", GraphAssert.EventOf(result.Graph, "leader:to-lam", "leader:joe-biden").Id, session.Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Apply_NumberedGatheringToldInSentencesOfDifferentYears_IsOneEditionOfTheYearTheTextStates(bool yearStatedLast)
    {
        string[] sentences =
        [
            "Brazilian President Luiz Inacio Lula da Silva welcomed French President Emmanuel Macron in Belem, the city that will host the COP30 climate conference in 2025.",
            "Lula will push the theme when Brazil hosts the G20 later this year and then COP30.",
        ];
        var result = Some.Extract("Mar 26, 2024 20:00", "BELEM, Brazil, March 26 (Wire)", yearStatedLast ? [.. sentences.Reverse()] : sentences);
        var cop = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Name == "COP30");

        Assert.Equal("event:cop30", cop.Id); // the number names the edition: one id in every article
        Assert.Equal(new PartialDate(2025), cop.Date);
        Assert.Equal(30, cop.Ordinal);
    }

    [Theory]
    [InlineData("Belem will host the COP30 United Nations climate conference in November 2025.", true)]
    [InlineData("Belem is to host the COP30 climate conference next year.", true)]
    [InlineData("Brazil will host the COP30 climate conference in Belem next year.", true)]
    [InlineData("Lula, who met Macron in Belem, will host the COP30 climate conference.", false)]
    public void Apply_CityThatHostsAnEdition_HoldsIt(string sentence, bool inBelem)
    {
        var result = Some.Extract("Mar 26, 2024 20:00", "BRASILIA, March 26 (Wire)", sentence);
        var cop = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Name == "COP30");

        Assert.Equal(inBelem, result.Graph.OutEdges<HeldIn>(cop).Any(e => e.Target.Id == "place:belem"));
    }

    [Theory]
    [InlineData("Xi Jinping will also take part in the Riyadh Arab-China Summit for Cooperation and Development on Friday.")]
    [InlineData("Xi Jinping attended the opening of the Riyadh Arab-China Summit for Cooperation and Development on Friday.")]
    [InlineData("Xi Jinping participated in the Riyadh Arab-China Summit for Cooperation and Development on Friday.")]
    public void Apply_LeaderTakesPartInOrAttendsTheOpening_TakesPart(string sentence)
    {
        var result = Some.Extract("Dec 9, 2022 18:00", "RIYADH, Dec. 9 (Wire)", sentence);
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", summit.Id);
    }

    [Theory]
    [InlineData("Xi Jinping did not attend the BRICS Business Forum in Sandton on Tuesday evening.")]
    [InlineData("Xi Jinping didn't attend the BRICS Business Forum in Sandton on Tuesday evening.")]
    [InlineData("Xi Jinping will not attend the G20 summit in New Delhi.")]
    [InlineData("Xi Jinping never attended the G20 summit in New Delhi.")]
    public void Apply_LeaderWhoDidNotAttend_DoesNotTakePart(string sentence)
    {
        var result = Some.Extract("Aug 23, 2023 18:00", "JOHANNESBURG, Aug. 23 (Wire)", sentence);
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.NoEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", summit.Id);
    }

    [Fact]
    public void Apply_LeadersCoChairingTheSummitNamedBefore_TakePartInThatEditionNotInASummitOfTheirOwn()
    {
        var result = Some.Extract("9.10.2024. 13:47", "DUBROVNIK, Oct 9 (Hina) -",
            "Prime Minister Andrej Plenković and Ukrainian President Volodymyr Zelensky met in Dubrovnik on Wednesday on the margins of the third Ukraine-Southeast Europe Summit.",
            "Zelensky, who arrived in the southern Croatian city on his first visit to Croatia, was welcomed by Plenković, with whom he is co-chairing the summit.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal("third Ukraine-Southeast Europe Summit", summit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:volodymyr-zelensky", summit.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:andrej-plenkovic", summit.Id);
        Assert.Equal(2, result.Graph.NodesOf<Event>().Count(e => e.EventKind is EventKind.Meeting or EventKind.Summit));
        Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }

    [Fact]
    public void Apply_LeadersAttendingTheSummit_TakePartInTheEditionNamedLastBeforeAndItIsHeldWhereTold()
    {
        var result = Some.Extract("May 18, 2023 20:00", "XI'AN, May 18 (Wire)",
            "In September 2022, on the sidelines of the Shanghai Cooperation Organization summit in Samarkand, the two sides signed an agreement.",
            "The China - Central Asia Summit, chaired by Xi Jinping, is the first in-person meeting of the leaders of the six countries in this format.",
            "President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev are attending the summit in Xi'an.");
        var edition = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit && e.Name.Contains("Central Asia", StringComparison.Ordinal));

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:kassym-jomart-tokayev", edition.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", edition.Id, "place:xian");
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:kassym-jomart-tokayev" && e.Target.Id != edition.Id);
    }
}
