using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

public sealed class MentionResolverTests
{
    private static Mention Find(ExtractionResult result, MentionKind kind, string text) =>
        result.Sentences.SelectMany(s => s.Mentions).First(m => m.Kind == kind && m.Text == text);

    [Fact]
    public void Resolve_SurnameAfterTheFullName_IsTheSameLeader()
    {
        var result = Some.Extract("Mar 8, 2024 09:00", "BEIJING, March 7 (Wire)",
            "Chinese Premier Li Qiang opened the session on Thursday.", "Li said growth would reach about 5 percent.");

        Assert.Equal(["leader:li-qiang"], Find(result, MentionKind.Leader, "Li").NodeIds);
    }

    [Fact]
    public void Resolve_SurnameOfAPersonTheKnowledgeBaseLacks_IsThatPerson()
    {
        var result = Some.Story("Irish Foreign Minister Aoife Brennan arrived on Thursday.", "Brennan said she hoped to visit again.");

        Assert.Equal(["leader:aoife-brennan"], Find(result, MentionKind.Leader, "Brennan").NodeIds);
        Assert.NotNull(result.Entities.Get<Leader>("leader:aoife-brennan"));
    }

    [Fact]
    public void Resolve_OrganizationTheKnowledgeBaseLacks_IsANodeNamedAsWritten()
    {
        var result = Some.Story("Kishida will address the Philippine Congress on Saturday.", "The Philippine Congress rarely hosts foreign leaders.");

        var node = Assert.Single(result.Graph.NodesOf<Organization>(), o => o.Name == "Philippine Congress");
        Assert.Equal("org:philippine-congress", node.Id);
        Assert.All(result.Sentences.SelectMany(s => s.MentionsOf(MentionKind.Organization)), m => Assert.Equal([node.Id], m.NodeIds));
    }

    [Fact]
    public void Resolve_NewPersonWhoseFamilyNameAKnownLeaderGoesBy_IsTheNewPerson()
    {
        var result = Some.Extract("Aug 22, 2023 20:00", "PRETORIA, Aug. 22 (Wire)",
            "Chinese President Xi Jinping met President Cyril Ramaphosa on Tuesday.",
            "His speech was delivered on his behalf by China's commerce minister, Wang Wentao.");

        Assert.Equal("Trade Minister", result.Entities.Get<Leader>("leader:wang-wentao")?.Title);
        Assert.Null(result.Entities.Get<Leader>("leader:wang-yi"));
    }

    [Fact]
    public void Resolve_RoleNamedNowhere_IsTheOfficeHolderOnTheArticlesDate()
    {
        var result = Some.Extract("Jun 2, 2016 10:00", "TOKYO, June 1 (Wire)", "The Japanese prime minister said the economy would recover.");

        Assert.Equal(["leader:shinzo-abe"], Find(result, MentionKind.Role, "The Japanese prime minister").NodeIds);
    }

    [Fact]
    public void Resolve_RoleAfterANamedLeader_IsThatLeader()
    {
        var result = Some.Story("French President Emmanuel Macron met reporters on Thursday.", "The president said talks would continue.");

        Assert.Equal(["leader:emmanuel-macron"], Find(result, MentionKind.Role, "The president").NodeIds);
    }

    [Fact]
    public void Resolve_CountryRoleAfterATitledLeaderOfNoKnownCountry_IsThatLeaderOfThatCountry()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "President Abdel-Fattah El-Sisi arrived in New Delhi on Tuesday.", "The Egyptian president laid a wreath at Raj Ghat.");

        Assert.Equal(["leader:abdel-fattah-el-sisi"], Find(result, MentionKind.Role, "The Egyptian president").NodeIds);
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:abdel-fattah-el-sisi", "country:eg");
    }

    [Fact]
    public void Resolve_CountryRoleAfterTwoTitledLeadersOfNoKnownCountry_IsNeither()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "President Abdel-Fattah El-Sisi and President Aoife Brennan arrived in New Delhi on Tuesday.", "The Egyptian president laid a wreath.");

        Assert.Empty(Find(result, MentionKind.Role, "The Egyptian president").NodeIds);
    }

    [Fact]
    public void Resolve_HeadOfStateRole_IsTheCountrysPresident()
    {
        var result = Some.Extract("Nov 9, 2024 20:00", "BEIJING, Nov. 9 (Wire)",
            "Indonesian President Prabowo Subianto arrived in Beijing on Friday.", "Xi Jinping welcomed the Indonesian head of state on Saturday.");

        Assert.Equal(["leader:prabowo-subianto"], Find(result, MentionKind.Role, "the Indonesian head of state").NodeIds);
    }

    [Fact]
    public void Resolve_LeadersOfTwoNamedCountries_AreEachCountrysLeaderInFocus()
    {
        var result = Some.Extract("May 6, 2024 20:00", "PARIS, May 6 (Wire)",
            "French President Emmanuel Macron and Chinese President Xi Jinping opened a business forum on Monday.",
            "Later, the French and Chinese presidents held talks.");

        Assert.Equal(["leader:emmanuel-macron", "leader:xi-jinping"], Find(result, MentionKind.LeaderGroup, "the French and Chinese presidents").NodeIds);
    }

    [Fact]
    public void Resolve_LeadersOfTwoNamedCountriesAfterAThirdTookTheFocus_AreEachCountrysLastLeader()
    {
        var result = Some.Extract("May 6, 2024 20:00", "PARIS, May 6 (Wire)",
            "French President Emmanuel Macron welcomed Chinese President Xi Jinping to Paris on Monday.",
            "The day opened with a meeting that also included European Commission President Ursula von der Leyen, a format Macron also used when he visited China last year.",
            "Speaking to reporters afterwards, von der Leyen said she had pressed Xi on trade.",
            "Macron, for his part, told his guest that Europe needed fair rules.",
            "After that session, the French and Chinese presidents held talks.");

        Assert.Equal(["leader:emmanuel-macron", "leader:xi-jinping"], Find(result, MentionKind.LeaderGroup, "the French and Chinese presidents").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterASentenceThatNamedThree_AreTheStorysPair()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "Egyptian President Abdel-Fattah El-Sisi and Indian Prime Minister Narendra Modi held talks on Wednesday.",
            "Earlier, the Egyptian president was given a ceremonial welcome, where he was received by Indian President Droupadi Murmu and Prime Minister Modi.",
            "The talks between the two leaders covered trade.");

        Assert.Equal(["leader:abdel-fattah-el-sisi", "leader:narendra-modi"], Find(result, MentionKind.LeaderGroup, "the two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterPastLeadersNamedTogether_AreTheStorysPair()
    {
        var result = Some.Extract("May 7, 2023 20:00", "SEOUL, May 7 (Wire)",
            "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit on Sunday.",
            "Kishida upheld the 1998 joint declaration issued by then Japanese Prime Minister Keizo Obuchi and then South Korean President Kim Dae-jung.",
            "The two leaders also agreed to strengthen security cooperation.");

        Assert.Equal(["leader:fumio-kishida", "leader:yoon-suk-yeol"], Find(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterAPastAndAPresentLeaderNamedTogether_AreThoseTwo()
    {
        var result = Some.Extract("May 7, 2023 20:00", "SEOUL, May 7 (Wire)",
            "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit on Sunday.",
            "At lunch he also saw former South Korean President Moon Jae-in.",
            "Kishida and Moon had not spoken since 2019.",
            "The two leaders shared their memories of the talks in Chengdu.");

        Assert.Equal(["leader:fumio-kishida", "leader:moon-jae-in"], Find(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersInAStoryAboutPastLeaders_AreThePastLeaders()
    {
        var result = Some.Extract("May 7, 2023 20:00", "SEOUL, May 7 (Wire)",
            "In 1998, then Japanese Prime Minister Keizo Obuchi and then South Korean President Kim Dae-jung issued a joint declaration.",
            "The two leaders pledged to look to the future.");

        Assert.Equal(["leader:keizo-obuchi", "leader:kim-dae-jung"], Find(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_RoleBeforeALeaderFirstNamedLaterInItsSentence_IsTheLeaderNamedBefore()
    {
        var result = Some.Extract("Nov 2, 2022 18:00", "BEIJING, Nov. 2 (Wire)",
            "Chinese President Xi Jinping met Prime Minister Shehbaz Sharif of Pakistan on Wednesday.",
            "Earlier in the day, the prime minister held delegation-level talks with Premier Li Keqiang.");

        Assert.Equal(["leader:shehbaz-sharif"], Find(result, MentionKind.Role, "the prime minister").NodeIds);
    }

    [Fact]
    public void Resolve_RoleAfterAFormerLeaderNamedLast_IsTheServingLeader()
    {
        var result = Some.Extract("May 7, 2023 18:00", "SEOUL, May 7 (Wire)",
            "President Yoon Suk Yeol hosted Prime Minister Fumio Kishida on Sunday. Both upheld the 1998 declaration signed by then President Kim Dae-jung. Kishida proposed a joint visit to Hiroshima when the South Korean leader attends the G7 summit there.");

        Assert.Equal(["leader:yoon-suk-yeol"], Find(result, MentionKind.Role, "the South Korean leader").NodeIds);
    }

    [Fact]
    public void Resolve_ForHisPart_IsTheLeaderNamedAfterIt()
    {
        var result = Some.Story("Biden called for restraint.", "For his part, Kishida said Tokyo was ready to help.");

        Assert.Equal(["leader:fumio-kishida"], Find(result, MentionKind.Pronoun, "his").NodeIds);
    }

    [Fact]
    public void Resolve_HeInALaterSentence_IsTheLastSubject()
    {
        var result = Some.Story("Xi told Biden that both sides should avoid conflict.", "He also urged Washington to stop arming Taiwan.");

        Assert.Equal(["leader:xi-jinping"], Find(result, MentionKind.Pronoun, "He").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAndTwoSides_AreTheCoordinatedPairAndTheirCountries()
    {
        var result = Some.Story(
            "Indonesian President Joko Widodo and Australian Prime Minister Anthony Albanese agreed on Thursday to expand trade.",
            "The two leaders said the two countries would cooperate on climate change.");

        Assert.Equal(["leader:joko-widodo", "leader:anthony-albanese"], Find(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
        Assert.Equal(["country:id", "country:au"], Find(result, MentionKind.SideGroup, "the two countries").NodeIds);
    }

    [Fact]
    public void Resolve_SideGroupAfterCountriesNamedTogether_IsThoseCountries()
    {
        var result = Some.Story("Brazil and Argentina signed a trade pact in 1991.", "The two countries will mark the anniversary next year.");

        Assert.Equal(["country:br", "country:ar"], Find(result, MentionKind.SideGroup, "The two countries").NodeIds);
    }

    [Fact]
    public void Resolve_SideOfACountry_IsTheCountry()
    {
        var result = Some.Story("The Indian side proposed new talks.");

        Assert.Equal(["country:in"], Find(result, MentionKind.Side, "The Indian side").NodeIds);
        Assert.Contains("The Indian side", result.Entities.Build().Single(n => n.Id == "country:in").Aliases.Items);
    }

    [Fact]
    public void Resolve_DocumentGroupBetweenTheArticlesCountries_IsItsDocuments()
    {
        var result = Some.Story("China and Japan should abide by the four political documents, the Chinese minister said.");

        Assert.Equal(4, Find(result, MentionKind.DocumentGroup, "the four political documents").NodeIds.Count);
    }

    [Fact]
    public void Resolve_DocumentGroupOfOtherCountries_IsUnresolved()
    {
        var result = Some.Story("India and Brazil should abide by the four political documents, an official said.");

        Assert.Empty(Find(result, MentionKind.DocumentGroup, "the four political documents").NodeIds);
    }

    [Theory]
    [InlineData("Seoul said it would respond calmly.", "Seoul", "country:kr")]
    [InlineData("The plan drew criticism from Moscow's allies.", "Moscow", "country:ru")]
    [InlineData("Officials in Paris declined to comment.", "Paris", "country:fr")]
    [InlineData("The talks were held in Paris on Thursday.", "Paris", "place:paris")]
    [InlineData("Kishida arrived at the White House on Thursday.", "White House", "place:white-house")]
    [InlineData("A White House spokesperson declined to comment.", "White House", "country:us")]
    public void Resolve_CapitalOrSeatOfGovernment_IsAPlaceOnlyWhereItIsOne(string sentence, string text, string expected)
    {
        var result = Some.Story(sentence);

        Assert.Equal([expected], result.Sentences.SelectMany(s => s.Mentions).First(m => m.Text == text && m.NodeIds.Count > 0).NodeIds);
    }

    [Fact]
    public void Resolve_DatelineCapital_IsAPlace()
    {
        var result = Some.Story("Officials met on Thursday.");

        Assert.Equal(["place:tokyo"], Find(result, MentionKind.Capital, "TOKYO").NodeIds);
    }

    [Fact]
    public void Resolve_IndefiniteDocumentWithYear_IsTheKnowledgeBaseDocumentOfThatYearBetweenTheSides()
    {
        var result = Some.Story(
            "Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida met on Thursday.",
            "They endorsed a concept set out in a joint statement in 2008.");

        Assert.Equal(["doc:china-japan-joint-statement-2008"], Find(result, MentionKind.Document, "a joint statement in 2008").NodeIds);
    }

    [Fact]
    public void Resolve_DefiniteDocument_IsTheEarlierDocumentOfThatKind()
    {
        var result = Some.Story(
            "Both leaders praised the Japan-Republic of Korea Joint Declaration.",
            "In that declaration, the two governments pledged to look to the future.");

        Assert.Equal(["doc:japan-korea-joint-declaration-1998"], Find(result, MentionKind.Document, "that declaration").NodeIds);
    }

    [Fact]
    public void Resolve_DescribedDocumentJustSignedWithNothingBefore_IsANewDocument()
    {
        var result = Some.Story("The two ministers signed the extradition treaty, which covers 31 offences.");

        var id = Assert.Single(Find(result, MentionKind.Document, "the extradition treaty").NodeIds);
        Assert.Equal("extradition treaty", result.Entities.Nodes.Single(n => n.Id == id).Name);
    }

    [Fact]
    public void Resolve_BareDocumentJustSignedWithNothingBefore_IsUnresolved()
    {
        var result = Some.Story("The two ministers signed the treaty, which covers 31 offences.");

        Assert.Empty(Find(result, MentionKind.Document, "the treaty").NodeIds);
    }

    [Fact]
    public void Resolve_SurnameAloneOfALeaderOutOfOfficeAndNotNamed_IsNobody()
    {
        var result = Some.Story("Park Jin, the foreign minister, said the talks went well.");

        Assert.DoesNotContain(result.Entities.Nodes, n => n.Id == "leader:park-geun-hye");
    }

    [Fact]
    public void Resolve_SurnameEndingSomeoneElsesName_IsNobody()
    {
        var result = Some.Story("Former defense chief Ash Carter was absent from the talks.");

        Assert.DoesNotContain(result.Entities.Nodes, n => n.Id == "leader:jimmy-carter");
    }

    [Fact]
    public void Resolve_OneLeaderWrittenTwoWays_IsOneNodeWithBothForms()
    {
        var result = Some.Story("Japan's Prime Minister Kishida Fumio spoke first.", "Japanese Prime Minister Fumio Kishida said later that he was satisfied.");
        var kishida = result.Graph.GetNode<Leader>("leader:fumio-kishida")!;

        Assert.Contains("Japan's Prime Minister Kishida Fumio", kishida.Aliases.Items);
        Assert.Contains("Japanese Prime Minister Fumio Kishida", kishida.Aliases.Items);
        Assert.Single(result.Graph.NodesOf<Leader>());
    }

    [Theory]
    [InlineData("They discussed Russia's invasion of Ukraine.", "topic:ukraine", "Russia's invasion of Ukraine")]
    [InlineData("They discussed Russia's full-scale invasion of Ukraine.", "topic:ukraine", "Russia's full-scale invasion of Ukraine")]
    [InlineData("They pledged to build a China-Malaysia community with a shared future.", "topic:community-with-a-shared-future", "a China-Malaysia community with a shared future")]
    [InlineData("They praised the Thailand-China comprehensive strategic partnership.", "topic:comprehensive-strategic-partnership", "the Thailand-China comprehensive strategic partnership")]
    [InlineData("They discussed North Korea's full-scale invasion of Ukraine.", "topic:ukraine", "North Korea's full-scale invasion of Ukraine")]
    [InlineData("They discussed the war in Ukraine.", "topic:ukraine", "the war in Ukraine")]
    [InlineData("They discussed the Ukraine issue.", "topic:ukraine", "the Ukraine issue")]
    [InlineData("They called for the denuclearization of the Korean Peninsula.", "topic:korean-peninsula", "the denuclearization of the Korean Peninsula")]
    [InlineData("They condemned North Korea's recent ballistic missile launches.", "topic:north-koreas-nuclear-and-missile-programs", "North Korea's recent ballistic missile launches")]
    [InlineData("They met in the face of North Korea's advancing nuclear and missile threats.", "topic:north-koreas-nuclear-and-missile-programs", "North Korea's advancing nuclear and missile threats")]
    [InlineData("They discussed North Korea's nuclear and missile development.", "topic:north-koreas-nuclear-and-missile-programs", "North Korea's nuclear and missile development")]
    public void Resolve_TopicInsideALongerPhrase_TakesThePhraseAsAnAlias(string sentence, string topic, string alias)
    {
        var result = Some.Story(sentence);

        Assert.Contains(alias, result.Graph.GetNode<Topic>(topic)!.Aliases.Items);
    }

    [Theory]
    [InlineData("They discussed Japan's plan to release treated water.", "topic:fukushima-treated-water-discharge", "plan to release treated water")]
    [InlineData("Seoul said the talks and recent nuclear and missile threats were linked.", "topic:north-koreas-nuclear-and-missile-programs", "Seoul")]
    [InlineData("They discussed Kishida's visit and ballistic missile launches.", "topic:north-koreas-nuclear-and-missile-programs", "Kishida")]
    [InlineData("They praised the Xi-era comprehensive strategic partnership.", "topic:comprehensive-strategic-partnership", "Xi-era")]
    public void Resolve_PossessorParted_IsNoPartOfTheAlias(string sentence, string topic, string notIn)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.GetNode<Topic>(topic)!.Aliases.Items, a => a.Contains(notIn, StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_TwoPresidentsAfterASentenceAboutPeaceTalksWithAThird_AreStillTheMeetingsPair()
    {
        var result = Some.Story(
            "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Thursday.",
            "Xi called for peace talks but made no commitment to speak with Ukrainian President Volodymyr Zelensky.",
            "The two presidents also discussed climate change.");
        var group = result.Sentences[2].MentionsOf(MentionKind.LeaderGroup).Single();

        Assert.Equal(["leader:xi-jinping", "leader:emmanuel-macron"], group.NodeIds);
    }

    [Fact]
    public void Resolve_LeadersOfTheThreeCountriesAfterThreeNamedLeaders_AreThoseLeaders()
    {
        var result = Some.Story(
            "Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David last year.",
            "Kishida will join Biden and Philippine President Ferdinand Marcos Jr. for the first summit among the leaders of the three countries.");
        var group = result.Sentences[1].MentionsOf(MentionKind.LeaderGroup).Single();

        Assert.Equal(["leader:fumio-kishida", "leader:joe-biden", "leader:ferdinand-marcos-jr"], group.NodeIds);
    }

    [Fact]
    public void Resolve_LeadersOfThreeNamedCountriesAfterTwoLeadersInFocus_IsNobody()
    {
        var result = Some.Story(
            "Chinese Premier Li Qiang met South Korean President Yoon Suk Yeol in Seoul.",
            "The leaders of China, Japan and the ROK last met in Chengdu in December 2019.");
        var group = result.Sentences[1].MentionsOf(MentionKind.LeaderGroup).Single();

        Assert.Equal(3, group.Count);
        Assert.Empty(group.NodeIds);
    }

    [Fact]
    public void Resolve_TheyAfterASpeakerReportingTwoOthers_AreTheTwoOthers()
    {
        var result = Some.Story(
            "Chinese Premier Li Qiang met Japanese Prime Minister Fumio Kishida in Seoul.",
            "Li said the two sides should act on the understandings reached by President Xi Jinping and Prime Minister Kishida when they met in San Francisco last November.");

        var pastMeeting = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Aliases.Items.Concat([e.Name]).Any(n => n.Contains("San Francisco", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Graph.EdgesOf<ParticipatedIn>(), e => e.Target.Id == pastMeeting.Id && e.Source.Id == "leader:li-qiang");
    }
}
