using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class TopicListPatternTests
{
    private static string[] Topics(string text) => Some.MentionTexts(text, MentionKind.Topic);

    [Theory]
    [InlineData("Modi said the two leaders had also discussed the livelihood of fishermen and agreed that the issue was humanitarian.")]
    [InlineData("The two leaders discussed the livelihood of fishermen and stressed that the issue was humanitarian.")]
    public void Find_ListRunningIntoTheLeadersNextVerb_EndsBeforeIt(string text) =>
        Assert.Equal(["livelihood of fishermen"], Topics(text));

    [Fact]
    public void Find_CooperationInAnEnumeration_GivesEachItem() =>
        Assert.Equal(
            ["defence", "trade", "critical technologies", "clean energy"],
            Topics("The two leaders held talks on deepening cooperation in defence, trade, critical technologies and clean energy."));

    [Theory]
    [InlineData("Xi said China is ready to deepen practical cooperation with Venezuela in trade, energy and agriculture.")]
    [InlineData("Xi said China is ready to deepen cooperation with them in trade, energy and agriculture.")]
    [InlineData("The two sides will expand cooperation with the European Union on trade, energy and agriculture.")]
    [InlineData("They discussed ways to expand cooperation between Pakistan and Russia in trade, energy and agriculture.")]
    [InlineData("They discussed ways to expand cooperation between the two countries in trade, energy and agriculture.")]
    public void Find_CooperationWithAPartnerInAnEnumeration_GivesEachItem(string text) =>
        Assert.Equal(["trade", "energy", "agriculture"], Topics(text));

    [Fact]
    public void Find_ItemBeforeWithAndACountry_EndsBeforeTheCountry() =>
        Assert.Equal(["trade", "agriculture"], Topics("They discussed trade and agriculture with Venezuela."));

    [Fact]
    public void Find_AreasSuchAs_SkipsTheLeadAndDropsTheArticle() =>
        Assert.Equal(
            ["green economy", "medical care", "elderly care"],
            Topics("They agreed to expand cooperation in areas such as green economy, medical care and elderly care."));

    [Fact]
    public void Find_ItemWithTheDefiniteArticle_MentionsThePhraseWithoutIt() =>
        Assert.Equal(["trade", "health", "digital partnership"], Topics("Modi said they discussed trade, health and the digital partnership."));

    [Fact]
    public void Find_TwoModifiersOfOneHead_AreOneTopic() =>
        Assert.Equal(
            ["digital economy", "regional and international affairs"],
            Topics("They discussed the digital economy as well as regional and international affairs."));

    [Fact]
    public void Find_ModifiersOfOneHeadAfterALongerItemStart_AreOneItem() =>
        Assert.Equal(["regional and international developments"], Topics("The two sides exchanged views on the latest regional and international developments."));

    [Fact]
    public void Find_CueWhoseWordsACommaParts_StillOpensTheEnumeration() =>
        Assert.Equal(
            ["energy", "trade", "investment", "infrastructure"],
            Topics("They discussed opportunities in various fields, including energy, trade, investment and infrastructure."));


    [Fact]
    public void Find_OneStandingForANounBefore_IsNoPartOfTheTopic() =>
        Assert.DoesNotContain(
            Topics("They signed an agreement on cooperation in the peaceful use of nuclear energy, one on human resource development and deals on media exchange."),
            t => t.StartsWith("one", StringComparison.Ordinal));

    [Theory]
    [InlineData("The leaders also discussed economic cooperation, including infrastructure.", new[] { "economic cooperation", "infrastructure" })]
    [InlineData("They discussed maritime security, including coast guard drills and port calls.", new[] { "maritime security", "coast guard drills", "port calls" })]
    [InlineData("They discussed economic recovery, such as vaccinated travel lanes.", new[] { "economic recovery", "vaccinated travel lanes" })]
    public void Find_SubjectThenItsExamples_GivesTheSubjectAndEachExample(string text, string[] topics) =>
        Assert.Equal(topics, Topics(text));

    [Theory]
    [InlineData("The talks covered energy security, trade and investment, defence and security, healthcare and culture.",
        new[] { "energy security", "trade and investment", "defence and security", "healthcare", "culture" })]
    [InlineData("The talks covered trade and investment, shipbuilding and fisheries.", new[] { "trade and investment", "shipbuilding", "fisheries" })]
    [InlineData("The talks covered shipbuilding, trade and investment.", new[] { "shipbuilding", "trade", "investment" })]
    [InlineData("The talks covered trade and investment.", new[] { "trade", "investment" })]
    [InlineData("The talks covered trade and clean energy, shipbuilding and fisheries.", new[] { "trade", "clean energy", "shipbuilding", "fisheries" })]
    [InlineData("The talks covered clean energy and shipbuilding, fisheries and trade.", new[] { "clean energy", "shipbuilding", "fisheries", "trade" })]
    [InlineData("They agreed on cooperation on defense, space and technology, as the two allies seek to deter threats.", new[] { "defense", "space", "technology" })]
    public void Find_PairOfWordsJoinedByAndInsideAList_IsOneItem(string text, string[] topics) =>
        Assert.Equal(topics, Topics(text));

    [Theory]
    [InlineData("The roadmap covers defence, space, civil nuclear energy and shipbuilding.", new[] { "defence", "space", "civil nuclear energy", "shipbuilding" })]
    [InlineData("They agreed to cooperate, particularly in electric vehicles, shipbuilding and fisheries.", new[] { "electric vehicles", "shipbuilding", "fisheries" })]
    [InlineData("They also talked about fisheries.", new[] { "fisheries" })]
    [InlineData("They spent an hour discussing the expansion of the bloc.", new[] { "expansion of the bloc" })]
    [InlineData("The report discusses shipbuilding and fisheries.", new[] { "shipbuilding", "fisheries" })]
    [InlineData("A pact binding the two countries more closely on defence, shipbuilding and fisheries.", new[] { "defence", "shipbuilding", "fisheries" })]
    [InlineData("They agreed on co-operation in shipbuilding and fisheries.", new[] { "shipbuilding", "fisheries" })]
    [InlineData("The meeting centred on shipbuilding, fisheries and capacity building.", new[] { "shipbuilding", "fisheries", "capacity building" })]
    [InlineData("Their talks revolved around shipbuilding and fisheries.", new[] { "shipbuilding", "fisheries" })]
    [InlineData("Their talks centered on shipbuilding and fisheries.", new[] { "shipbuilding", "fisheries" })]
    [InlineData("They sought to expand ties in sectors that serve both countries, particularly trade, investment and energy.", new[] { "trade", "investment", "energy" })]
    [InlineData("The partnership grew, especially shipbuilding and fisheries.", new[] { "shipbuilding", "fisheries" })]
    public void Find_MoreCuesOfDiscussingOrScope_OpenTheEnumeration(string text, string[] topics) =>
        Assert.Equal(topics, Topics(text));

    [Theory]
    [InlineData("The leaders discussed ways to boost trade and investment.", new[] { "trade", "investment" })]
    [InlineData("They discussed how to expand shipbuilding.", new[] { "shipbuilding" })]
    [InlineData("The two sides discussed ways to expand people-to-people exchanges between the two countries.", new[] { "people-to-people exchanges" })]
    [InlineData("They discussed relations between the two countries, energy cooperation and regional issues.", new[] { "relations between the two countries", "energy cooperation", "regional issues" })]
    public void Find_WaysToGrowSomething_IsWhatGrows(string text, string[] topics) =>
        Assert.Equal(topics, Topics(text));

    [Theory]
    [InlineData("The two leaders discussed ways to strengthen co-operation between Fiji and India.")]
    [InlineData("The two leaders discussed ways to deepen bilateral relations.")]
    public void Find_WaysToGrowAGenericNoun_IsNoTopic(string text) =>
        Assert.Empty(Topics(text));

    [Theory]
    [InlineData("They further exchanged views on a number of regional and international issues of mutual interest.")]
    [InlineData("They discussed a range of regional and international issues.")]
    [InlineData("The leaders discussed a variety of issues.")]
    [InlineData("The two presidents discussed the project to create a gas hub.")]
    public void Find_QuantityOfIssuesOrAProjectAlone_IsNoTopic(string text) =>
        Assert.Empty(Topics(text));

    [Fact]
    public void Find_DocumentAsAnItem_IsNoTopic() =>
        Assert.DoesNotContain(
            Topics("They signed an intergovernmental deal on cooperation in the supply of fuel, an agreement on supplying jet fuel to Mongolia, and a grant."),
            t => t.Contains("agreement", StringComparison.Ordinal));

    [Fact]
    public void Find_CueInsideADocumentsDescription_OpensNoEnumeration() =>
        Assert.DoesNotContain(
            Topics("India and Ukraine signed a memorandum on cooperation in the regulation of medical products and the food industry."),
            t => t is "regulation of medical products" or "food industry");

    [Theory]
    [InlineData("The roadmap covers the region.")]
    [InlineData("They worked together, particularly in Manila.")]
    [InlineData("The deals covering shipbuilding and glassware were signed.")]
    [InlineData("A team will travel to Dhaka to discuss the conservation of the river.")]
    public void Find_ScopeCueBeforeOneItemOrAParticiple_IsNoEnumeration(string text) =>
        Assert.Empty(Topics(text));

    [Theory]
    [InlineData("They talked about deeper co-operation in shipbuilding and fisheries.")]
    [InlineData("They discussed closer cooperation in shipbuilding and fisheries.")]
    public void Find_DegreeOfAGenericNoun_IsNoSubject(string text) =>
        Assert.Equal(["shipbuilding", "fisheries"], Topics(text));

    [Fact]
    public void Find_CurrentStateOfSomething_IsNoSubject() =>
        Assert.DoesNotContain("current state", Topics("The sides exchanged views on the current state and prospects of the partnership."));

    [Theory]
    [InlineData("Varadkar and Biden discussed the prospects for restoring power-sharing in Northern Ireland.")]
    [InlineData("They discussed the possibility of a visit.")]
    public void Find_ProspectsOrPossibilityAlone_IsNoTopic(string text) =>
        Assert.DoesNotContain(Topics(text), t => t.StartsWith("prospects", StringComparison.Ordinal) || t.StartsWith("possibility", StringComparison.Ordinal));

    [Theory]
    [InlineData("They discussed key issues, including shipbuilding.")]
    [InlineData("They discussed various matters, including shipbuilding.")]
    [InlineData("They discussed cooperation, including shipbuilding.")]
    public void Find_VagueSubjectBeforeItsExamples_IsNoTopic(string text) =>
        Assert.DoesNotContain(Topics(text), t => t.EndsWith("issues", StringComparison.Ordinal) || t.EndsWith("matters", StringComparison.Ordinal) || t == "cooperation");

    [Fact]
    public void Find_AttributionAfterTheEnumeration_IsNoItem() =>
        Assert.Equal(["shipbuilding", "fisheries"], Topics("They discussed shipbuilding, fisheries, according to officials."));

    [Theory]
    [InlineData("They raised the blocking of resupply missions to Ayungin Shoal by coast guard vessels.", "blocking of resupply missions to Ayungin Shoal")]
    [InlineData("They discussed vaccinated travel lanes for Batam and Bintan, and green growth.", "vaccinated travel lanes for Batam and Bintan")]
    [InlineData("They discussed the war in Ukraine, the economic ties between Ireland and the US, and shipbuilding.", "economic ties between Ireland and the US")]
    public void Find_PhraseToANameOrOverTwoNames_CompletesTheItem(string text, string topic) =>
        Assert.Contains(topic, Topics(text));

    [Fact]
    public void Find_ToBeforeAVerb_DoesNotCompleteTheItem() =>
        Assert.DoesNotContain(Topics("They raised plans to build ports."), t => t.Contains("build", StringComparison.Ordinal));

    [Fact]
    public void Find_AndBeforeANameAfterAWord_EndsTheItem() =>
        Assert.DoesNotContain(Topics("They discussed tariffs on wine and Japan."), t => t.Contains("wine and", StringComparison.Ordinal));

    [Fact]
    public void Find_SingleItem_IsNoEnumeration() =>
        Assert.Empty(Topics("The two sides agreed to strengthen cooperation in the region."));

    [Fact]
    public void Find_ItemCutShortAfterItsPhrase_KeepsTheWordsBeforeThePhrase() =>
        Assert.Equal(
            ["tourism", "supply chains", "critical minerals"],
            Topics("They discussed tourism and supply chains for critical minerals used in batteries."));

    [Theory]
    [InlineData("They discussed supply chains for semiconductors, tariffs on Australian barley and cultural exchanges.", new[] { "supply chains for semiconductors", "tariffs on Australian barley", "cultural exchanges" })]
    [InlineData("The talks covered relations between Japan and South Korea and the resumption of imports of Japanese fishery products.", new[] { "relations between Japan and South Korea", "resumption of imports of Japanese fishery products" })]
    [InlineData("He said he had raised recent attacks on Hindu temples in Australia.", new[] { "attacks on Hindu temples in Australia" })]
    public void Find_ItemCompletedByAPhrase_IsOneTopicWithThePhrase(string text, string[] topics) =>
        Assert.Equal(topics, Topics(text));

    [Fact]
    public void Find_PrepositionOfACue_OpensTheEnumerationRatherThanCompletingAnItem() =>
        Assert.Equal(["defence", "trade"], Topics("The leaders discussed cooperation in defence and trade."));

    [Fact]
    public void Find_PlaceOrDateAfterIn_SaysWhereNotWhat() =>
        Assert.Equal(["trade", "investment"], Topics("They discussed trade and investment in Beijing on Friday."));

    [Theory]
    [InlineData("Modi raised the treatment of religious minorities.", "treatment of religious minorities")]
    [InlineData("The two leaders held talks dominated by defence.", "defence")]
    [InlineData("The two sides exchanged views on regional and international affairs.", "regional and international affairs")]
    public void Find_OneItemAfterAVerbOfDiscussing_IsATopic(string text, string topic) =>
        Assert.Equal([topic], Topics(text));

    [Theory]
    [InlineData("Talks on the trade agreement began in January last year under Mr Johnson.", "began")]
    [InlineData("Talks on the trade agreement stalled in March.", "stalled")]
    public void Find_VerbAfterTheSubjectOfTalks_IsNoPartOfATopic(string text, string verb) =>
        Assert.DoesNotContain(Topics(text), t => t.Contains(verb, StringComparison.Ordinal));

    [Theory]
    [InlineData("They discussed the situation in East Asia.", new[] { "situation in East Asia" })]
    [InlineData("They discussed the situation in the South China Sea.", new[] { "South China Sea" })]
    [InlineData("They agreed to hold talks on the risks of artificial intelligence.", new[] { "artificial intelligence" })]
    [InlineData("They discussed incidents in the South China Sea.", new[] { "incidents in the South China Sea", "South China Sea" })]
    public void Find_WordAroundATopicTheLexiconKnows_IsThatTopicUnlessItSaysMore(string text, string[] topics) =>
        Assert.Equal(topics, Topics(text));

    [Theory]
    [InlineData("The talks covered political, defence, security, economic and cultural ties.")]
    [InlineData("They will build a framework for cooperation in the political, security, economic and scientific fields.")]
    [InlineData("The talks covered the economic and scientific fields.")]
    public void Find_ModifiersOfAHeadFarAhead_AreNoSubjects(string text) =>
        Assert.Empty(Topics(text));

    [Fact]
    public void Find_ParticipleAfterTheEnumeration_IsNoItem() =>
        Assert.Equal(
            ["airspace management", "extradition", "defence cooperation"],
            Topics("They signed agreements on airspace management, extradition and defence cooperation, resolving issues that had weighed on ties."));

    [Fact]
    public void Find_CapitalisedNames_AreNoItems() =>
        Assert.Empty(Topics("He praised partners such as Japan, India and Australia."));

    [Fact]
    public void Find_ClauseAfterTheCue_GivesNoTopics() =>
        Assert.Empty(Topics("The ministers discussed how the two countries could work together."));

    [Fact]
    public void Find_LexiconTopicInTheEnumeration_KeepsItsLexiconName()
    {
        var text = "The talks covered tariffs, fisheries and tourism.";
        var s = Some.Sentence(text);

        var topics = s.MentionsOf(MentionKind.Topic).ToList();
        Assert.Equal(["tariffs", "fisheries", "tourism"], topics.Select(t => t.Text));
        Assert.Equal("tourism", Assert.Single(topics[2].Candidates));
        Assert.Single(topics[0].Candidates, "tariffs");
    }

    [Fact]
    public void Find_EnumerationFollowedByAPrepositionalPhrase_EndsBeforeIt() =>
        Assert.Contains("green technology", Topics("They agreed to deepen cooperation in trade, investment, the digital economy and green technology following a meeting in Beijing."));

    [Theory]
    [InlineData("They upheld the rules-based international order.", "rules-based international order")]
    [InlineData("They stressed freedom of navigation.", "freedom of navigation")]
    [InlineData("They discussed the Black Sea Grain Initiative.", "Black Sea Grain Initiative")]
    [InlineData("They agreed to expand defense cooperation.", "defense cooperation")]
    public void Find_TopicTheLexiconNames_IsATopicMention(string text, string topic) =>
        Assert.Contains(topic, Topics(text));

    [Theory]
    [InlineData("They discussed a wide range of Armenian-Russian ties.")]
    [InlineData("They discussed a broad range of Armenian-Russian ties.")]
    public void Find_RangeOfSubjectsUnnamed_IsNoTopic(string text) => Assert.Empty(Topics(text));

    /// <summary>
    /// A name that ends inside a hyphenated word ("China" in "China-Japan") once left the reader of an item's phrase on
    /// the same token for ever: the sentence is read on another thread, so that such a loop fails the test (after a
    /// minute) instead of hanging the run.
    /// </summary>
    [Theory]
    [InlineData("They discussed tariffs on China-Japan exports.", "tariffs on China-Japan exports")]
    [InlineData("They discussed supply chains for China-made chips.", "supply chains for China-made chips")]
    [InlineData("They discussed tariffs on Armenian-Russian trade.", "tariffs on Armenian-Russian trade")]
    public async Task Find_ItemPhraseWithANameEndingInsideAHyphenatedWord_EndsAndReadsTheItem(string text, string topic)
    {
        var cancel = TestContext.Current.CancellationToken;

        // WaitAsync throws a TimeoutException when the reading has not ended in a minute.
        var topics = await Task.Run(() => Topics(text), cancel).WaitAsync(TimeSpan.FromMinutes(1), cancel);

        Assert.Contains(topic, topics);
    }
}
