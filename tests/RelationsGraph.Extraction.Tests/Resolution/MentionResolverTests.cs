using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

public sealed class MentionResolverTests
{
    [Fact]
    public void Resolve_SurnameAfterTheFullName_IsTheSameLeader()
    {
        var result = Some.Extract("Mar 8, 2024 09:00", "BEIJING, March 7 (Wire)",
            "Chinese Premier Li Qiang opened the session on Thursday.", "Li said growth would reach about 5 percent.");

        Assert.Equal(["leader:li-qiang"], Some.FirstMention(result, MentionKind.Leader, "Li").NodeIds);
    }

    [Fact]
    public void Resolve_SurnameOfAPersonTheKnowledgeBaseLacks_IsThatPerson()
    {
        var result = Some.Story("Irish Foreign Minister Aoife Brennan arrived on Thursday.", "Brennan said she hoped to visit again.");

        Assert.Equal(["leader:aoife-brennan"], Some.FirstMention(result, MentionKind.Leader, "Brennan").NodeIds);
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

        Assert.Equal(["leader:shinzo-abe"], Some.FirstMention(result, MentionKind.Role, "The Japanese prime minister").NodeIds);
    }

    [Fact]
    public void Resolve_RoleAfterANamedLeader_IsThatLeader()
    {
        var result = Some.Story("French President Emmanuel Macron met reporters on Thursday.", "The president said talks would continue.");

        Assert.Equal(["leader:emmanuel-macron"], Some.FirstMention(result, MentionKind.Role, "The president").NodeIds);
    }

    [Fact]
    public void Resolve_CountryRoleAfterATitledLeaderOfNoKnownCountry_IsThatLeaderOfThatCountry()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "President Abdel-Fattah El-Sisi arrived in New Delhi on Tuesday.", "The Egyptian president laid a wreath at Raj Ghat.");

        Assert.Equal(["leader:abdel-fattah-el-sisi"], Some.FirstMention(result, MentionKind.Role, "The Egyptian president").NodeIds);
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:abdel-fattah-el-sisi", "country:eg");
    }

    [Fact]
    public void Resolve_CountryRoleAfterTwoTitledLeadersOfNoKnownCountry_IsNeither()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "President Tariq Mansour and President Aoife Brennan arrived in New Delhi on Tuesday.", "The Kenyan president laid a wreath.");

        // Neither is known to be Kenyan; the knowledge base's Kenyan president of the day may be meant, but not them.
        Assert.DoesNotContain(Some.FirstMention(result, MentionKind.Role, "The Kenyan president").NodeIds, id => id.Contains("tariq", StringComparison.Ordinal) || id.Contains("aoife", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_HeadOfGovernmentRole_IsTheCountrysPrimeMinister()
    {
        var result = Some.Extract("Feb 2, 2023 20:00", "RABAT, Feb. 2 (Wire)",
            "Head of Government Aziz Akhannouch welcomed Spanish Prime Minister Pedro Sanchez on Thursday.", "The Spanish head of government thanked his host.");

        Assert.Equal("Head of Government", Some.FirstMention(result, MentionKind.Leader, "Aziz Akhannouch").Title);
        Assert.Equal(["leader:pedro-sanchez"], Some.FirstMention(result, MentionKind.Role, "The Spanish head of government").NodeIds);
    }

    [Fact]
    public void Resolve_HeadOfStateRole_IsTheCountrysPresident()
    {
        var result = Some.Extract("Nov 9, 2024 20:00", "BEIJING, Nov. 9 (Wire)",
            "Indonesian President Prabowo Subianto arrived in Beijing on Friday.", "Xi Jinping welcomed the Indonesian head of state on Saturday.");

        Assert.Equal(["leader:prabowo-subianto"], Some.FirstMention(result, MentionKind.Role, "the Indonesian head of state").NodeIds);
    }

    [Fact]
    public void Resolve_RoleBeforeALeaderFirstNamedLaterInItsSentence_IsTheLeaderNamedBefore()
    {
        var result = Some.Extract("Nov 2, 2022 18:00", "BEIJING, Nov. 2 (Wire)",
            "Chinese President Xi Jinping met Prime Minister Shehbaz Sharif of Pakistan on Wednesday.",
            "Earlier in the day, the prime minister held delegation-level talks with Premier Li Keqiang.");

        Assert.Equal(["leader:shehbaz-sharif"], Some.FirstMention(result, MentionKind.Role, "the prime minister").NodeIds);
    }

    [Fact]
    public void Resolve_RoleAfterAFormerLeaderNamedLast_IsTheServingLeader()
    {
        var result = Some.Extract("May 7, 2023 18:00", "SEOUL, May 7 (Wire)",
            "President Yoon Suk Yeol hosted Prime Minister Fumio Kishida on Sunday. Both upheld the 1998 declaration signed by then President Kim Dae-jung. Kishida proposed a joint visit to Hiroshima when the South Korean leader attends the G7 summit there.");

        Assert.Equal(["leader:yoon-suk-yeol"], Some.FirstMention(result, MentionKind.Role, "the South Korean leader").NodeIds);
    }

    [Theory]
    [InlineData("Trump's predecessor, Barack Obama, backed the treaty during his state visit to Japan in 2014.", "leader:barack-obama")]
    [InlineData("Trump's predecessor, President Barack Obama, backed the treaty during his state visit to Japan in 2014.", "leader:barack-obama")]
    [InlineData("Trump's team said his state visit to Japan would go ahead.", "leader:donald-trump")]
    [InlineData("Trump's aides, officials said, praised his state visit to Japan.", "leader:donald-trump")]
    public void Resolve_HisAfterALeaderBesideWhatAnotherOwns_IsTheLeaderBeside(string sentence, string leader)
    {
        var result = Some.Extract("Feb 11, 2017 09:00", "WASHINGTON, Feb. 10 (Wire)", sentence);

        Assert.Equal([leader], Some.FirstMention(result, MentionKind.Pronoun, "his").NodeIds);
    }

    [Theory]
    [InlineData("The Chinese leader", "leader:xi-jinping")]
    [InlineData("The Chinese president", "leader:xi-jinping")]
    [InlineData("The Chinese foreign minister", "leader:wang-yi")]
    public void Resolve_LeaderRoleAfterTheHeadAndThenAMinister_IsTheHeadUnlessTheOfficeIsNamed(string role, string leader)
    {
        var result = Some.Extract("Jun 19, 2023 22:42", "BEIJING, June 19 (Wire)",
            "Chinese President Xi Jinping received U.S. Secretary of State Antony Blinken on Monday.",
            "Blinken had talks with Chinese Foreign Minister Wang Yi earlier in the day.",
            role + " said the visit would help stabilize relations.");

        Assert.Equal([leader], Some.FirstMention(result, MentionKind.Role, role).NodeIds);
    }

    [Theory]
    [InlineData("Feb 10, 2023 20:00", "leader:luiz-inacio-lula-da-silva")]
    [InlineData("Feb 10, 2021 20:00", "leader:jair-bolsonaro")]
    public void Resolve_RoleAfterALeaderWhoseTermsEndedBeforeTheArticle_IsTheLeaderInOffice(string published, string leader)
    {
        var result = Some.Extract(published, "WASHINGTON (Wire)",
            "Luiz Inacio Lula da Silva and Jair Bolsonaro were both named in the report.",
            "Biden praised the Brazilian leader on Friday.");

        Assert.Equal([leader], Some.FirstMention(result, MentionKind.Role, "the Brazilian leader").NodeIds);
    }

    [Fact]
    public void Resolve_ForHisPart_IsTheLeaderNamedAfterIt()
    {
        var result = Some.Story("Biden called for restraint.", "For his part, Kishida said Tokyo was ready to help.");

        Assert.Equal(["leader:fumio-kishida"], Some.FirstMention(result, MentionKind.Pronoun, "his").NodeIds);
    }

    [Theory]
    [InlineData("Biden called Xi again to condemn the violence and invited him to Washington.", "leader:xi-jinping")]
    [InlineData("Biden landed in Seoul, where Yoon greeted him.", "leader:joe-biden")]
    [InlineData("Kishida said Xi had invited him to Beijing.", "leader:fumio-kishida")]
    [InlineData("Modi received Kishida at Hyderabad House and held talks with him.", "leader:fumio-kishida")]
    [InlineData("Xi met Biden on Monday. Later, officials thanked him for the visit.", "leader:xi-jinping")] // no other leader before "him": the last subject
    public void Resolve_HimAfterItsClausesSubject_IsAnotherLeader(string sentence, string leader)
    {
        var result = Some.Story(sentence);

        Assert.Equal([leader], Some.FirstMention(result, MentionKind.Pronoun, "him").NodeIds);
    }

    [Theory]
    [InlineData("The summit capped a busy day for Yoon.", "leader:yoon-suk-yeol")]
    [InlineData("The summit capped a busy day.", "leader:olaf-scholz")]
    [InlineData("The summit capped a busy day for Yoon and Kishida.", "leader:olaf-scholz")]
    [InlineData("Yoon said the summit capped a busy day.", "leader:yoon-suk-yeol")]
    [InlineData("The summit capped a busy day for Yoon. Scholz later flew to Tokyo.", "leader:olaf-scholz")]
    public void Resolve_HeAfterASentenceNamingOneLeaderOnlyAsAnObject_IsThatLeader(string between, string leader)
    {
        var result = Some.Story("German Chancellor Olaf Scholz arrived in Seoul on Sunday.", between, "Earlier, he had visited Hiroshima.");

        Assert.Equal([leader], Some.FirstMention(result, MentionKind.Pronoun, "he").NodeIds);
    }

    [Fact]
    public void Resolve_HeInALaterSentence_IsTheLastSubject()
    {
        var result = Some.Story("Xi told Biden that both sides should avoid conflict.", "He also urged Washington to stop arming Taiwan.");

        Assert.Equal(["leader:xi-jinping"], Some.FirstMention(result, MentionKind.Pronoun, "He").NodeIds);
    }

    [Theory]
    [InlineData("His Majesty King Abdullah on Monday held talks with US President Joe Biden.", "King Abdullah", "leader:abdullah-ii")]
    [InlineData("Egyptian President Abdel Fattah El Sisi received the King in Cairo.", "Abdel Fattah El Sisi", "leader:abdel-fattah-el-sisi")]
    public void Resolve_NameAsAJordanianOrEgyptianPageWritesIt_IsTheKnownLeader(string sentence, string text, string expected)
    {
        var result = Some.Extract("Feb 13, 2024 10:00", "AMMAN (Wire) --", sentence);

        Assert.Equal([expected], Some.FirstMention(result, MentionKind.Leader, text).NodeIds);
    }

    [Theory]
    [InlineData("Sep 16, 2023 10:00", "leader:li-qiang")]
    [InlineData("May 9, 2018 10:00", "leader:li-keqiang")]
    public void Resolve_PremierLi_IsThePremierOfTheDayNotAnotherLi(string published, string expected)
    {
        var result = Some.Extract(published, "BEIJING (Wire) --",
            "Cambodian Prime Minister Hun Manet held talks with Premier Li on Friday.",
            "Li said the two countries had stood together through thick and thin.");

        Assert.Equal([expected], Some.FirstMention(result, MentionKind.Leader, "Li").NodeIds);
    }

    [Fact]
    public void Resolve_DocumentGroupBetweenTheArticlesCountries_IsTheSetAndItsDocuments()
    {
        var result = Some.Story("China and Japan should abide by the four political documents, the Chinese minister said.");

        var ids = Some.FirstMention(result, MentionKind.DocumentGroup, "the four political documents").NodeIds;
        Assert.Equal(5, ids.Count);
        Assert.Equal("doc:four-political-documents-between-china-and-japan", ids[0]);
        var set = result.Graph.GetNode<Document>(ids[0])!;
        Assert.Equal("four political documents between China and Japan", set.Name);
        Assert.Contains("the four political documents", set.Aliases.Items);
        Assert.Contains("four political documents", set.Aliases.Items);
        Assert.Contains("treaty:china-japan-treaty-of-peace-and-friendship", ids);
    }

    [Fact]
    public void Resolve_DocumentGroupOfTheUnitedStates_NamesTheCountryWithItsArticle()
    {
        var result = Some.Story("Xi said the United States should honour the three joint communiques with China.");

        var set = result.Graph.GetNode<Document>(Some.FirstMention(result, MentionKind.DocumentGroup, "the three joint communiques").NodeIds[0])!;
        Assert.Equal("three joint communiques between China and the United States", set.Name);
    }

    [Fact]
    public void Resolve_DocumentGroupOfOtherCountries_IsUnresolved()
    {
        var result = Some.Story("India and Brazil should abide by the four political documents, an official said.");

        Assert.Empty(Some.FirstMention(result, MentionKind.DocumentGroup, "the four political documents").NodeIds);
    }

    [Theory]
    [InlineData("Seoul said it would respond calmly.", "Seoul", "country:kr")]
    [InlineData("The plan drew criticism from Moscow's allies.", "Moscow", "country:ru")]
    [InlineData("Officials in Paris declined to comment.", "Paris", "country:fr")]
    [InlineData("The talks were held in Paris on Thursday.", "Paris", "place:paris")]
    [InlineData("Kishida arrived at the White House on Thursday.", "White House", "place:white-house")]
    [InlineData("A White House spokesperson declined to comment.", "White House", "country:us")]
    [InlineData("Meloni was welcomed in the forecourt of Rashtrapati Bhavan on Thursday.", "Rashtrapati Bhavan", "place:rashtrapati-bhavan")]
    [InlineData("A spokesperson of Rashtrapati Bhavan declined to comment.", "Rashtrapati Bhavan", "country:in")]
    [InlineData("The two presidents first met in October in the Turkmen capital Ashgabat.", "Ashgabat", "place:ashgabat")]
    [InlineData("Talks are planned in the Ukrainian capital, Kyiv, next month.", "Kyiv", "place:kyiv")]
    [InlineData("Modi left for Buenos Aires last night.", "Buenos Aires", "place:buenos-aires")]
    [InlineData("The money Modi pledged is meant for Buenos Aires.", "Buenos Aires", "country:ar")]
    public void Resolve_CapitalOrSeatOfGovernment_IsAPlaceOnlyWhereItIsOne(string sentence, string text, string expected)
    {
        var result = Some.Story(sentence);

        Assert.Equal([expected], result.Sentences.SelectMany(s => s.Mentions).First(m => m.Text == text && m.NodeIds.Count > 0).NodeIds);
    }

    [Fact]
    public void Resolve_DatelineCapital_IsAPlace()
    {
        var result = Some.Story("Officials met on Thursday.");

        Assert.Equal(["place:tokyo"], Some.FirstMention(result, MentionKind.Capital, "TOKYO").NodeIds);
    }

    [Fact]
    public void Resolve_IndefiniteDocumentWithYear_IsTheKnowledgeBaseDocumentOfThatYearBetweenTheSides()
    {
        var result = Some.Story(
            "Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida met on Thursday.",
            "They endorsed a concept set out in a joint statement in 2008.");

        Assert.Equal(["doc:china-japan-joint-statement-2008"], Some.FirstMention(result, MentionKind.Document, "a joint statement in 2008").NodeIds);
    }

    [Fact]
    public void Resolve_DefiniteDocument_IsTheEarlierDocumentOfThatKind()
    {
        var result = Some.Story(
            "Both leaders praised the Japan-Republic of Korea Joint Declaration.",
            "In that declaration, the two governments pledged to look to the future.");

        Assert.Equal(["doc:japan-korea-joint-declaration-1998"], Some.FirstMention(result, MentionKind.Document, "that declaration").NodeIds);
    }

    [Fact]
    public void Resolve_DescribedDocumentJustSignedWithNothingBefore_IsANewDocument()
    {
        var result = Some.Story("The two ministers signed the extradition treaty, which covers 31 offences.");

        var id = Assert.Single(Some.FirstMention(result, MentionKind.Document, "the extradition treaty").NodeIds);
        Assert.Equal("extradition treaty", result.Entities.Nodes.Single(n => n.Id == id).Name);
    }

    [Fact]
    public void Resolve_BareDocumentJustSignedWithNothingBefore_IsUnresolved()
    {
        var result = Some.Story("The two ministers signed the treaty, which covers 31 offences.");

        Assert.Empty(Some.FirstMention(result, MentionKind.Document, "the treaty").NodeIds);
    }

    [Fact]
    public void Resolve_SurnameAloneOfALeaderOutOfOfficeAndNotNamed_IsNobody()
    {
        var result = Some.Story("Park Jin, the foreign minister, said the talks went well.");

        Assert.DoesNotContain(result.Entities.Nodes, n => n.Id == "leader:park-geun-hye");
    }

    [Theory]
    [InlineData("Former defense chief Ash Carter was absent from the talks.", "leader:jimmy-carter")]
    [InlineData("Officials said Ivan Vladimirovich Putin, a farmer, was absent from the talks.", "leader:vladimir-putin")]
    [InlineData("Officials said K Jaishankar, a trade lawyer, was absent from the talks.", "leader:s-jaishankar")]
    public void Resolve_SurnameEndingSomeoneElsesNameOrInitial_IsNobody(string sentence, string leader)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Entities.Nodes, n => n.Id == leader);
    }

    [Fact]
    public void Resolve_InitialWithoutItsFullStopBeforeASurname_IsTheLeaderOfThatInitial()
    {
        var result = Some.Story(
            "External Affairs Minister S Jaishankar met German Foreign Minister Annalena Baerbock in New Delhi.", "Officials said S Jaishankar would travel to Berlin.");

        Assert.Contains("S Jaishankar", result.Graph.GetNode<Leader>("leader:s-jaishankar")!.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:s-jaishankar", "country:in");
    }

    [Fact]
    public void Resolve_GivenNameMiddleNameAndSurnameOfALeader_IsThatLeader()
    {
        var result = Some.Story("Kim Jong Un had talks with Vladimir Vladimirovich Putin at the Kremlin on Thursday.");

        Assert.Contains("Vladimir Vladimirovich Putin", result.Graph.GetNode<Leader>("leader:vladimir-putin")!.Aliases.Items);
        GraphAssert.EventOf(result.Graph, "leader:kim-jong-un", "leader:vladimir-putin");
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
    [InlineData("They reaffirmed their support for Ukraine.", "topic:ukraine", "their support for Ukraine")]
    [InlineData("They reaffirmed their support for Ukraine.", "topic:ukraine", "support for Ukraine")]
    [InlineData("They reaffirmed support for Ukraine.", "topic:ukraine", "support for Ukraine")]
    [InlineData("They called for a just peace in Ukraine.", "topic:ukraine", "peace in Ukraine")]
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
    [InlineData("They said support was coming to Ukraine.", "topic:ukraine", "support")]
    public void Resolve_PossessorParted_IsNoPartOfTheAlias(string sentence, string topic, string notIn)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.GetNode<Topic>(topic)!.Aliases.Items, a => a.Contains(notIn, StringComparison.Ordinal));
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
