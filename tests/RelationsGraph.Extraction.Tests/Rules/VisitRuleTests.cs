using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class VisitRuleTests
{
    [Fact]
    public void Apply_PossessiveVisitToACapital_IsAVisitToItsCountryHeldThere()
    {
        var result = Some.Extract("Jun 21, 2024 09:00", "HANOI, June 20 (Wire)", "Vietnamese officials said Putin's visit to Hanoi in June strengthened ties.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal(EventKind.Visit, visit.EventKind);
        Assert.Equal("visit by Vladimir Putin to Vietnam", visit.Name);
        Assert.Equal(new PartialDate(2024, 6), visit.Date);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:vladimir-putin", visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", visit.Id, "place:hanoi");
    }

    [Fact]
    public void Apply_PossessiveVisitOfALeaderTheKnowledgeBaseLacks_IsThatLeadersVisit()
    {
        var result = Some.Extract("Jun 1, 2023 20:00", "NEW DELHI, June 1 (Wire)",
            "Nepali Prime Minister Pushpa Kamal Dahal laid a wreath at Raj Ghat on Thursday.",
            "The talks were the centrepiece of Dahal's four-day official visit to India.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Pushpa Kamal Dahal to India", visit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:pushpa-kamal-dahal", visit.Id);
    }

    [Theory]
    [InlineData("last trip")]
    [InlineData("previous visit")]
    public void Apply_EarlierVisitToTheSameCountry_IsAnotherVisit(string earlier)
    {
        var result = Some.Extract("May 6, 2024 20:00", "PARIS, May 6 (Wire)",
            "Xi Jinping's two-day state visit to France coincides with the 60th anniversary of diplomatic relations.",
            $"Xi's {earlier} to France was in March 2019.");

        var visits = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Visit).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(2, visits.Count);
        Assert.Equal(new PartialDate(2019, 3), visits[0].Date);
        Assert.Null(visits[1].Date);
    }

    [Theory]
    [InlineData("as part of a state visit to China")]
    [InlineData("during a state visit to China")]
    public void Apply_IndefiniteVisitAfterTalksOfTwoCountries_IsTheGuestsVisit(string phrase)
    {
        var result = Some.Extract("May 30, 2024 20:00", "BEIJING, May 29 (Wire)",
            $"Egyptian President Abdel Fattah al-Sisi held talks with Chinese President Xi Jinping in Beijing on Wednesday, {phrase}.");

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:abdel-fattah-el-sisi", visit.Id);
        GraphAssert.NoEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", visit.Id);
    }

    [Fact]
    public void Apply_IndefiniteVisitAfterTalksWithTwoForeignGuests_IsNoOnesVisit()
    {
        var result = Some.Extract("May 30, 2024 20:00", "BEIJING, May 29 (Wire)",
            "Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan held talks with Chinese President Xi Jinping in Beijing on Wednesday, during a state visit to China.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Theory]
    [InlineData("The partnership was established in December 2014, when Sisi paid his first state visit to China.", 2014, 12)]
    [InlineData("Sisi last visited Beijing in April 2019.", 2019, 4)]
    public void Apply_VisitOfAnEarlierYear_IsAnotherVisitThanTheStorys(string sentence, int year, int month)
    {
        var result = Some.Extract("May 30, 2024 20:00", "BEIJING, May 29 (Wire)",
            "Egyptian President Abdel Fattah al-Sisi arrived in Beijing on Tuesday for a state visit to China.",
            sentence);

        var visits = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Visit).ToList();
        Assert.Equal(2, visits.Count);
        Assert.Contains(visits, v => v.Date == new PartialDate(year, month));
    }

    [Theory]
    [InlineData("Japanese Prime Minister Fumio Kishida arrived here Monday on a two-day official visit.")]
    [InlineData("Japanese Prime Minister Fumio Kishida arrived here in the morning for a two-day visit.")]
    public void Apply_ArrivedHereForAVisit_IsAVisitToTheDatelinesPlace(string sentence)
    {
        var result = Some.Extract("Mar 20, 2023 22:00", "NEW DELHI, March 20 (Wire)", sentence);
        var visit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal("visit by Fumio Kishida to India", visit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:fumio-kishida", visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", visit.Id, "place:new-delhi");
    }

    [Theory]
    [InlineData("Japanese Prime Minister Fumio Kishida arrived in Sydney on Friday evening.")]
    [InlineData("Japanese Prime Minister Fumio Kishida came to Sydney on Friday, two days after the storm.")]
    public void Apply_LeaderArrivedInAForeignCity_IsAVisitToItsCountryHeldThere(string sentence)
    {
        var result = Some.Extract("Oct 22, 2022 19:00", "PERTH, Australia, Oct. 22 (Wire)", sentence);
        var visit = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal("visit by Fumio Kishida to Australia", visit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:fumio-kishida", visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", visit.Id, "place:sydney");
    }

    [Theory]
    [InlineData("Japanese Prime Minister Fumio Kishida came to power in October.")]
    [InlineData("Japanese Prime Minister Fumio Kishida came to an agreement with the opposition.")]
    public void Apply_CameToWhatIsNoPlace_IsNoVisit(string sentence) =>
        Assert.Empty(Some.Extract("Oct 22, 2022 19:00", "PERTH, Australia, Oct. 22 (Wire)", sentence).Graph.NodesOf<Event>());

    [Theory]
    [InlineData("Lula invited Xi to visit Brazil next year.")]
    [InlineData("Lula said he had asked Xi to visit Brazil.")]
    public void Apply_InvitationToVisit_IsNoVisit(string sentence)
    {
        var result = Some.Extract("Apr 14, 2023 20:00", "BEIJING, April 14 (Wire)",
            "Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping on Friday.", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Name.Contains("Xi Jinping to Brazil", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_PlannedVisit_IsAVisit()
    {
        var result = Some.Extract("Apr 14, 2023 20:00", "BEIJING, April 14 (Wire)",
            "Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping on Friday.", "Xi will visit Brazil next year.");

        Assert.Contains(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Name.Contains("Xi Jinping to Brazil", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_LeaderArrivedWhereTheArticlePutsASummit_IsNoVisit()
    {
        var result = Some.Extract("Nov 15, 2022 19:00", "BALI, Indonesia, Nov. 15 (Wire)",
            "Chinese President Xi Jinping met South Korean President Yoon Suk Yeol in Bali on the sidelines of the G20 summit.",
            "Xi arrived in Bali on Monday.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Theory]
    [InlineData("Albanese arrived in Shanghai on Saturday and attended the opening of the sixth China International Import Expo on Sunday.")]
    [InlineData("Albanese arrived in Riyadh on Saturday for the Riyadh Arab-China Summit for Cooperation and Development.")]
    public void Apply_LeaderArrivedForAGatheringOfNoOrganization_IsOnAVisit(string sentence)
    {
        var result = Some.Extract("Nov 5, 2023 19:00", "BEIJING, Nov. 5 (Wire)",
            "Chinese President Xi Jinping will meet Australian Prime Minister Anthony Albanese in Beijing on Monday.", sentence);

        Assert.Contains(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Fact]
    public void Apply_VisitToTheCountryByItsInitials_NamesTheVisitAsWritten()
    {
        var result = Some.Extract("May 26, 2024 19:00", "SEOUL, May 26 (Wire)",
            "Chinese Premier Li Qiang arrived in Seoul on Sunday for an official visit to the ROK.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Li Qiang to South Korea", visit.Name);
        Assert.Contains("an official visit to the ROK", visit.Aliases.Items);
    }

    [Fact]
    public void Apply_ForeignParticipantsVisitWithoutDestination_IsAVisitToTheMeetingsCountry()
    {
        var result = Some.Extract("May 24, 2023 19:00", "CANBERRA, May 24 (Wire)",
            "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Sydney on Wednesday.",
            "Modi's visit was originally planned around a meeting of Quad leaders.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Narendra Modi to Australia", visit.Name);
        Assert.Contains(GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:narendra-modi", visit.Id).Evidence, e => e.Text == "Modi's visit");
    }

    [Fact]
    public void Apply_VisitInAWhereClauseAfterACity_IsAVisitToThatCity()
    {
        var result = Some.Extract("Mar 21, 2023 18:00", "MOSCOW, March 21 (Wire)",
            "Chinese President Xi Jinping met Russian President Vladimir Putin in the Kremlin on Tuesday.",
            "Observers were also watching Kyiv, where Japan's Prime Minister Fumio Kishida made an unannounced visit on Tuesday and met Ukrainian President Volodymyr Zelensky.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Fumio Kishida to Ukraine", visit.Name);
        Assert.Contains("an unannounced visit", visit.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "HeldIn", visit.Id, "place:kyiv");
    }

    [Fact]
    public void Apply_TheVisitAfterAMeetingOfTwoGuests_IsNoVisit()
    {
        var result = Some.Extract("Sep 4, 2023 19:00", "SOCHI, Russia (Wire)",
            "Turkish President Recep Tayyip Erdogan and Indian Prime Minister Narendra Modi held talks on Monday in Sochi.",
            "The visit came days after a call.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Fact]
    public void Apply_HostsVisitWithoutDestination_IsNoVisit()
    {
        var result = Some.Extract("May 24, 2023 19:00", "CANBERRA, May 24 (Wire)",
            "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Sydney on Wednesday.",
            "Albanese's visit was originally planned for March.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Fact]
    public void Apply_WhoIsInACountryOnAVisit_IsAVisitToThatCountry()
    {
        var result = Some.Extract("Jul 9, 2024 18:00", "MOSCOW, July 9 (Wire)",
            "Vladimir Putin held talks with Indian Prime Minister Narendra Modi, who is in Russia on an official visit.");

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        Assert.Equal("visit by Narendra Modi to Russia", visit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:narendra-modi", visit.Id);
    }


    [Theory]
    [InlineData("Hasina, who landed in the Indian capital on Monday on a four-day state visit, was accorded a ceremonial reception.", true)]
    [InlineData("Hasina landed in the Indian capital on Monday on a four-day state visit.", true)]
    [InlineData("Hasina, who landed in the Indian capital on Monday, was accorded a ceremonial reception on a four-day state visit.", false)]
    public void Apply_LandedInACityOnAVisitInARelativeClause_IsTheAntecedentsVisit(string sentence, bool visit)
    {
        var result = Some.Extract("Sep 6, 2022 18:00", "NEW DELHI, Sept. 6 (Wire)",
            "Prime Minister Sheikh Hasina held talks with Indian Prime Minister Narendra Modi on Tuesday.", sentence);

        Assert.Equal(visit, result.Graph.NodesOf<Event>().Any(e => e.EventKind == EventKind.Visit && e.Aliases.Items.Contains("a four-day state visit")));
    }

    [Theory]
    [InlineData("This is Hasina's first trip to India since October 2019.", null)]
    [InlineData("Hasina's last trip to India was in October 2019.", "2019-10")]
    public void Apply_FirstTripSinceADate_IsNotDatedByIt(string sentence, string? date)
    {
        var result = Some.Extract("Sep 6, 2022 18:00", "NEW DELHI, Sept. 6 (Wire)",
            "Prime Minister Sheikh Hasina held talks with Indian Prime Minister Narendra Modi on Tuesday.", sentence);

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        Assert.Equal(date, visit.Date?.ToString());
    }

    [Theory]
    [InlineData("Ade Okonkwo is in the Chinese capital on a state visit.", true)]
    [InlineData("Ade Okonkwo is in the Chinese capital for a summit.", false)]
    public void Apply_SubjectIsInAPlaceOnAVisit_IsAVisitThere(string sentence, bool visit)
    {
        var result = Some.Extract("Sep 3, 2024 18:00", "BEIJING, Sept. 3 (Wire)", "Chinese President Xi Jinping met President Ade Okonkwo on Tuesday.", sentence);

        Assert.Equal(visit, result.Graph.NodesOf<Event>().Any(e => e.EventKind == EventKind.Visit && e.Aliases.Items.Contains("a state visit")));
    }

    [Fact]
    public void Apply_SubjectPaysAVisitToACountry_IsTheVisitor()
    {
        var result = Some.Story("German Chancellor Olaf Scholz paid a visit to India last month.");

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:olaf-scholz", GraphAssert.EventOf(result.Graph, "leader:olaf-scholz").Id);
    }

    [Fact]
    public void Apply_WelcomedToAVenue_IsAVisitToTheVenuesCountry()
    {
        var result = Some.Story("Biden welcomed Albanese to the White House on Thursday.");

        Assert.Contains(result.Graph.NodesOf<Event>(), e => e.Name == "visit by Anthony Albanese to the United States");
    }

    [Theory]
    [InlineData("Albanese visited Beijing on Monday.")]
    [InlineData("Albanese arrived in Beijing on Monday for a four-day visit.")]
    [InlineData("Albanese is scheduled to head to China next for an official visit.")]
    [InlineData("Albanese flew to Beijing on Monday for a four-day visit.")]
    [InlineData("Albanese, who is on an official visit to China, toured a factory.")]
    [InlineData("Albanese, who took office in May, is on a four-day visit to China.")]
    [InlineData("Xi welcomed Albanese, who is paying an official visit to China from November 4 to 7.")]
    [InlineData("Xi welcomed Albanese, who made a state visit to China in 2023.")]
    [InlineData("It was Albanese's first trip to China as prime minister.")]
    public void Apply_VisitToldInOtherWords_IsAVisitToChina(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.Contains(result.Graph.NodesOf<Event>(), e => e.Name == "visit by Anthony Albanese to China");
    }

    [Theory]
    [InlineData("Albanese's adviser will head to China next for an official visit.")]
    [InlineData("Albanese's adviser arrived in Beijing on Monday for a four-day visit.")]
    [InlineData("Albanese said he would head to China next for talks.")]
    public void Apply_SomeoneElseOrNoVisitNounAfterTheTravel_IsNoVisitOfTheLeader(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name == "visit by Anthony Albanese to China");
    }

    [Theory]
    [InlineData("Xi made a state visit to Moscow in March 2023.", "a state visit to Moscow in March 2023")]
    [InlineData("Xi made a state visit to Moscow, his first since 2019.", "a state visit to Moscow")]
    public void Apply_VisitToAPlace_IsNamedAsWrittenWithTheDateThatFollowsIt(string sentence, string alias)
    {
        var result = Some.Extract("May 16, 2024 18:00", "BEIJING, May 16 (Wire)", sentence);

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        Assert.Contains(alias, visit.Aliases.Items);
        Assert.DoesNotContain(visit.Aliases.Items, a => a.StartsWith(alias + " ", StringComparison.Ordinal) || a.StartsWith(alias + ",", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_VisitByALeaderNamedAfterTheDestination_IsThatLeadersVisitNamedWithHim()
    {
        var result = Some.Extract("Nov 27, 2023 20:00", "TOKYO (Wire)",
            "Prime Minister Fumio Kishida held talks with Vietnamese President Vo Van Thuong on Monday.",
            "Ties were raised to an extensive strategic partnership during a state visit to Japan by then President Truong Tan Sang in 2014.");

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:truong-tan-sang", visit.Id);
        Assert.Contains("a state visit to Japan by then President Truong Tan Sang", visit.Aliases.Items);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Target.Id == visit.Id && e.Source.Id != "leader:truong-tan-sang");
    }

    [Fact]
    public void Apply_TripToAttendASummit_IsNoVisit()
    {
        var result = Some.Story("Albanese is visiting Jakarta to attend the ASEAN summit.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Fact]
    public void Apply_VisitToTheVisitorsOwnCountry_IsNoVisit()
    {
        var result = Some.Story("Kishida's visit to Tokyo's suburbs drew crowds.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Fact]
    public void Apply_StateVisitToACity_IsAlsoNamedByItsKindCityAndYear()
    {
        var result = Some.Extract("Dec 12, 2023 21:18", "HANOI, Dec. 12 (Wire)",
            "Chinese President Xi Jinping landed in Hanoi on Tuesday for a two-day state visit to Vietnam.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Xi Jinping to Vietnam", visit.Name);
        Assert.Contains("state visit by Xi Jinping to Vietnam", visit.Aliases.Items);
        Assert.Contains("visit by Xi Jinping to Hanoi", visit.Aliases.Items);
        Assert.Contains("visit by Xi Jinping to Vietnam in 2023", visit.Aliases.Items);
    }

    [Theory]
    [InlineData("Erdogan arrived in the Black Sea resort city on a one-day working visit at the invitation of the Russian president.", true)]
    [InlineData("Erdogan spoke of a one-day working visit that had been planned for months.", false)]
    public void Apply_SubjectOnAVisitWithNoDestination_VisitsTheCountryOfTheMainMeeting(string sentence, bool visit)
    {
        var result = Some.Extract("Sep 4, 2023 20:00", "SOCHI, Russia, Sept. 4 (Wire)",
            "Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in Sochi on Monday.", sentence);

        Assert.Equal(visit, result.Graph.NodesOf<Event>().Any(e => e.EventKind == EventKind.Visit
            && result.Graph.InEdges<ParticipatedIn>(e).Any(p => p.Source.Id == "leader:recep-tayyip-erdogan")));
    }

    [Theory]
    [InlineData("Xi held talks with Putin in Moscow on Tuesday, the first engagement of the Chinese leader's three-day state visit to the country.", true)]
    [InlineData("Xi held talks with Putin on Tuesday, the first engagement of the Chinese leader's three-day state visit to the country.", false)]
    public void Apply_VisitToTheCountry_IsToTheCountryOfThePlaceNamedBeforeIt(string sentence, bool visit)
    {
        var result = Some.Extract("Mar 21, 2023 20:00", "BEIJING, March 21 (Wire)",
            "Chinese President Xi Jinping has praised Russian President Vladimir Putin.", sentence);
        var visits = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Visit).ToList();

        Assert.Equal(visit ? ["visit by Xi Jinping to Russia"] : [], visits.Select(v => v.Name));
        Assert.All(visits, v => Assert.Empty(result.Graph.OutEdges<HeldIn>(v))); // Moscow is where the talks were held

    }
}
