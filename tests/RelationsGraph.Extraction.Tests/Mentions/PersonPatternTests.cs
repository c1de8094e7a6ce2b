using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class PersonPatternTests
{
    private static AnalyzedSentence Sentence(string text) => Some.Sentence(text);

    private static Mention Single(AnalyzedSentence s, MentionKind kind) => Assert.Single(s.MentionsOf(kind));

    private static Mention Single(AnalyzedSentence s, MentionKind kind, string containing) =>
        Assert.Single(s.MentionsOf(kind), m => m.Text.Contains(containing, StringComparison.Ordinal));

    [Theory]
    [InlineData("It was signed by Putin and Uzbekistan's first president, Timur Akhmedzhanov, who died in 2016.", "Timur Akhmedzhanov", "President")]
    [InlineData("It was signed by Putin and Uzbekistan's late president, Timur Akhmedzhanov, who died in 2016.", "Timur Akhmedzhanov", "President")]
    [InlineData("It was signed by Putin and Uzbekistan's president, Timur Akhmedzhanov, in 2005.", "Timur Akhmedzhanov", "President")]
    [InlineData("It was 50 years since Bertram Ashcombe became the first Australian prime minister to visit China.", "Bertram Ashcombe", "Prime Minister")]
    [InlineData("Ties were set up shortly after Bertram Ashcombe became prime minister of Australia.", "Bertram Ashcombe", "Prime Minister")]
    [InlineData("Bertram Ashcombe becomes prime minister in the film.", "Bertram Ashcombe", "Prime Minister")]
    public void Find_NameSetOffAfterACountrysTitleOrBeforeBecameAndAnOffice_IsALeaderOfThatTitle(string text, string name, string title)
    {
        var leader = Single(Sentence(text), MentionKind.Leader, name.Split(' ')[^1]);

        Assert.Equal(name, leader.Name);
        Assert.Equal(title, leader.Title);
    }

    [Theory]
    [InlineData("Commerce Minister Wang Wentao met the delegation.", "Wang Wentao")]
    [InlineData("Foreign Minister Nasser Bourita met the delegation.", "Nasser Bourita")]
    public void Find_KnownLeadersOneWordNameOpeningAnothersName_IsNoMentionOfTheKnownLeader(string text, string name) =>
        Assert.Equal(name, Single(Sentence(text), MentionKind.Leader).Name);

    [Theory]
    [InlineData("Chinese Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Beijing.")]
    [InlineData("Dombrovskis held the dialogue with Vice-Premier He Lifeng in Beijing.")]
    public void Find_TitleBeforeTheFamilyNameHe_IsALeaderNotAPronoun(string text)
    {
        var s = Sentence(text);

        Assert.Equal("He Lifeng", Single(s, MentionKind.Leader, "Lifeng").Name);
        Assert.Equal("Vice Premier", Single(s, MentionKind.Leader, "Lifeng").Title);
        Assert.Empty(s.MentionsOf(MentionKind.Pronoun));
    }

    [Theory]
    [InlineData("He Said the Premier would come.")]
    [InlineData("Asked about Premier He, officials said little.")]
    public void Find_HeWithNoGivenNameAfterIt_IsNoLeader(string text) =>
        Assert.Empty(Sentence(text).MentionsOf(MentionKind.Leader));

    [Theory]
    [InlineData("Bertram Ashcombe became famous as prime minister.")]
    [InlineData("The Labor Party became the government under a new prime minister.")]
    public void Find_BecameWithoutTheOfficeRightAfter_IsNoLeader(string text) =>
        Assert.Empty(Sentence(text).MentionsOf(MentionKind.Leader));

    [Fact]
    public void Find_NameWithTheArabicArticle_IsOneLeaderAndNoPlace()
    {
        var s = Sentence("Kuwait's Crown Prince Sheikh Fahad al-Ahmad al-Jaber al-Sabah attended the summit.");

        Assert.Equal("Fahad al-Ahmad al-Jaber al-Sabah", Single(s, MentionKind.Leader).Name);
        Assert.Empty(s.MentionsOf(MentionKind.Place));
    }

    [Fact]
    public void Find_UnknownPersonAfterATitle_IsALeaderByName()
    {
        var leader = Single(Sentence("Australian Foreign Minister Tomas Halloran flew to Jakarta."), MentionKind.Leader);

        Assert.Equal("Tomas Halloran", leader.Name);
        Assert.Empty(leader.Candidates);
        Assert.Equal("Foreign Minister", leader.Title);
        Assert.Equal("country:au", leader.CountryId);
    }

    [Theory]
    [InlineData("Environment Minister Marina Lopes travelled with him.", "Environment Minister")]
    [InlineData("Minister of Agriculture Marina Lopes travelled with him.", "Agriculture Minister")]
    [InlineData("Education Minister Marina Lopes travelled with him.", "Education Minister")]
    public void Find_UnknownPersonAfterAPortfolioMinistersTitle_IsThatMinister(string text, string title)
    {
        var leader = Single(Sentence(text), MentionKind.Leader);

        Assert.Equal("Marina Lopes", leader.Name);
        Assert.Equal(title, leader.Title);
    }

    [Theory]
    [InlineData("Foreign Affairs Secretary Tomas Halloran was part of the delegation.")]
    [InlineData("Secretary of Foreign Affairs Tomas Halloran was part of the delegation.")]
    public void Find_UnknownPersonAfterAForeignAffairsSecretary_IsAForeignSecretary(string text)
    {
        var leader = Single(Sentence(text), MentionKind.Leader);

        Assert.Equal("Tomas Halloran", leader.Name);
        Assert.Equal("Foreign Secretary", leader.Title);
    }

    [Fact]
    public void Find_StyleAndOneNameAfterCounterpart_IsALeaderNamedWithTheStyle() =>
        Assert.Contains(Sentence("Modi and his Bangladeshi counterpart Sheikh Halloran held talks.").MentionsOf(MentionKind.Leader), m => m.Name == "Sheikh Halloran");

    [Theory]
    [InlineData("Modi and his counterpart Mr Halloran held talks.")]
    [InlineData("Modi and his counterpart Halloran held talks.")]
    public void Find_HonorificOrNothingBeforeOneNameAfterCounterpart_IsNoLeader(string text) =>
        Assert.DoesNotContain(Sentence(text).MentionsOf(MentionKind.Leader), m => m.Name?.Contains("Halloran", StringComparison.Ordinal) == true);

    [Theory]
    [InlineData("They last met when Tomas Halloran, then prime minister, visited Beijing.")]
    [InlineData("Tomas Halloran, former prime minister, visited Beijing.")]
    public void Find_UnknownPersonBeforeThenOrFormerAndATitle_IsALeaderWithThatTitle(string text)
    {
        var leader = Single(Sentence(text), MentionKind.Leader);

        Assert.Equal("Tomas Halloran", leader.Name);
        Assert.Equal("Prime Minister", leader.Title);
    }

    [Theory]
    [InlineData("Earlier, the minister had a separate meeting with Tomas Halloran, the chairman of the Standing Committee.", "Chairman")]
    [InlineData("Tomas Halloran, the foreign minister of Ireland, arrived on Monday.", "Foreign Minister")]
    [InlineData("He was also scheduled to meet Tomas Halloran, chairman of the Standing Committee.", "Chairman")]
    public void Find_UnknownPersonBeforeTheAndAnOfficeOf_IsALeaderWithThatTitle(string text, string title)
    {
        var leader = Single(Sentence(text), MentionKind.Leader);

        Assert.Equal("Tomas Halloran", leader.Name);
        Assert.Equal(title, leader.Title);
    }

    [Theory]
    [InlineData("Tomas Halloran, the chairman, arrived on Monday.")]
    [InlineData("Tomas Halloran, a chairman of the committee, arrived on Monday.")]
    public void Find_UnknownPersonBeforeATitleWithoutTheOrOf_IsNoLeader(string text) =>
        Assert.Empty(Sentence(text).MentionsOf(MentionKind.Leader));

    [Theory]
    [InlineData("They last met when Halloran, then prime minister, visited Beijing.")]
    [InlineData("They last met when Tomas Halloran, then in Wellington, visited Beijing.")]
    [InlineData("They last met when Tomas Halloran, then prime minister of a caretaker cabinet, visited Beijing.")]
    [InlineData("They last met when Tomas Halloran, prime minister, visited Beijing.")] // only a past title: "then", "former"
    public void Find_OneWordOrNoPastTitleOrATitleGoingOn_IsNoLeader(string text) =>
        Assert.Empty(Sentence(text).MentionsOf(MentionKind.Leader));

    [Theory]
    [InlineData("His speech was delivered by China's commerce minister, Tomas Halloran.")]
    [InlineData("China's commerce minister, Tomas Halloran, delivered the speech.")]
    [InlineData("His speech was delivered on his behalf by China's commerce minister, Tomas Halloran.")]
    public void Find_UnknownPersonSetOffByCommasAfterATitle_IsALeaderByName(string text)
    {
        var leader = Single(Sentence(text), MentionKind.Leader);

        Assert.Equal("Tomas Halloran", leader.Name);
        Assert.Equal("Trade Minister", leader.Title); // the lexicon's name for the office
        Assert.Equal("country:cn", leader.CountryId);
    }

    [Theory]
    [InlineData("President of Ukraine Tomas Halloran held talks in Kyiv.", "President", "country:ua")]
    [InlineData("Talks were held with Prime Minister of the Republic of Korea (ROK) Tomas Halloran.", "Prime Minister", "country:kr")]
    [InlineData("The President of Cuba, Tomas Halloran, and Xi Jinping, held official talks.", "President", "country:cu")]
    public void Find_UnknownPersonAfterATitleOfACountry_IsALeaderOfThatCountry(string text, string title, string country)
    {
        var leader = Assert.Single(Sentence(text).MentionsOf(MentionKind.Leader), m => m.Name == "Tomas Halloran");

        Assert.Equal("Tomas Halloran", leader.Name);
        Assert.Equal(title, leader.Title);
        Assert.Equal(country, leader.CountryId);
    }

    [Theory]
    [InlineData("The pact was signed by Transport Minister S. Iswaran on Tuesday.", "S. Iswaran", "Transport Minister")]
    [InlineData("Law and Home Affairs Minister K. Shanmugam signed the treaty.", "K. Shanmugam", "Interior Minister")]
    [InlineData("Indonesia's Law and Human Rights Minister Yasonna Laoly signed it.", "Yasonna Laoly", "Justice Minister")]
    [InlineData("Minister of State for Foreign Affairs Adel al-Jubeir said the talks went well.", "Adel al-Jubeir", "Minister of State")]
    [InlineData("Chinese Vice Foreign Minister Tomas Halloran met the ambassador.", "Tomas Halloran", "Vice Foreign Minister")]
    public void Find_UnknownMinister_IsALeaderWithTheLexiconsTitle(string text, string name, string title)
    {
        var leader = Single(Sentence(text), MentionKind.Leader);

        Assert.Equal(name, leader.Name);
        Assert.Equal(title, leader.Title);
    }

    [Fact]
    public void Find_UnknownCounterpartOfATitledLeader_HoldsTheSameOfficeInTheirCountry()
    {
        var s = Sentence("It was signed by Transport Minister S. Iswaran and his Indonesian counterpart Budi Karya Sumadi.");
        var counterpart = s.MentionsOf(MentionKind.Leader).Single(m => m.Name == "Budi Karya Sumadi");

        Assert.Equal("Transport Minister", counterpart.Title);
        Assert.Equal("country:id", counterpart.CountryId);
    }

    [Fact]
    public void Find_UnknownPersonAfterALowerCaseTitleAfterADemonym_IsALeaderByName()
    {
        var leader = Single(Sentence("It marks 50 years since former Australian prime minister Bertram Ashcombe's visit to China."), MentionKind.Leader);

        Assert.Equal("Bertram Ashcombe", leader.Name);
        Assert.Equal("country:au", leader.CountryId);
    }

    [Fact]
    public void Find_LowerCaseTitleWithoutADemonym_IsNoLeader() =>
        Assert.Empty(Sentence("The new prime minister Bertram Ashcombe spoke.").MentionsOf(MentionKind.Leader));

    [Fact]
    public void Find_CapitalisedWordsWithoutTitle_AreNoLeader() =>
        Assert.Empty(Sentence("Officials at Central Station said Tomas Halloran had left.").MentionsOf(MentionKind.Leader));

    [Theory]
    [InlineData("He attended a lunch hosted by vice president Kamala Harris on Friday.", "Kamala Harris")]
    [InlineData("The deal was signed by former president Jimmy Carter.", "Jimmy Carter")]
    public void Find_LowerCaseTitleOfSeveralWordsOrAfterFormer_IntroducesAName(string text, string name) =>
        Assert.Contains(name, Sentence(text).MentionsOf(MentionKind.Leader).Select(m => m.Text));

    [Fact]
    public void Find_LowerCaseOneWordTitle_IntroducesNoName() =>
        Assert.DoesNotContain("Grand Hotel", Sentence("The president Grand Hotel stay was short.").MentionsOf(MentionKind.Leader).Select(m => m.Text));

    [Theory]
    [InlineData("European Commission President Ursula von der Leyen joined the talks on Monday.", "Ursula von der Leyen")]
    [InlineData("Austrian President Alexander Van der Bellen joined the talks on Monday.", "Alexander Van der Bellen")]
    [InlineData("Malaysian Trade Minister Ahmad bin Hamzah joined the talks on Monday.", "Ahmad bin Hamzah")]
    public void Find_NameWithParticlesAfterATitle_IsOnePerson(string sentence, string name)
    {
        var result = Some.Story(sentence);

        Assert.Contains(result.Sentences.SelectMany(s => s.Mentions), m => m.Kind == MentionKind.Leader && m.Text == name);
    }

    [Fact]
    public void Find_SonNamedAfterAFatherTheKnowledgeBaseKnows_IsOnePersonWithTheFathersNameInHis()
    {
        var result = Some.Extract("11/02/2025 23:05", "Washington, Feb. 11 (Petra) --",
            "His Royal Highness Crown Prince Al Hussein bin Abdullah II attended the meeting.");

        var son = Assert.Single(result.Sentences[0].MentionsOf(MentionKind.Leader));
        Assert.Equal("Al Hussein bin Abdullah II", son.Text);
        Assert.Equal("Crown Prince", son.Title);
    }

    [Fact]
    public void Find_ParticlesThatLeadToNoCapitalisedWord_EndTheName()
    {
        // "de la" before lower-case words is French the story quotes, not more of the name.
        var result = Some.Story("French Foreign Minister Anne Dupont de la culture populaire opened the show on Monday.");

        Assert.Contains(result.Sentences.SelectMany(s => s.Mentions), m => m.Kind == MentionKind.Leader && m.Text == "Anne Dupont");
    }

    [Theory]
    [InlineData("Datuk Seri Diraja Dr")]
    [InlineData("Datuk Seri Diraja")]
    [InlineData("Dr")]
    public void Find_NameAfterMalaysianStylesOrAnUndottedDoctor_IsThePersonsName(string styles)
    {
        var leader = Single(Sentence($"Prime Minister Anwar Ibrahim was joined by Foreign Minister {styles} Zambry Abd Kadir."), MentionKind.Leader, "Zambry");

        Assert.Equal("Zambry Abd Kadir", leader.Name);
    }

    [Theory]
    [InlineData("PM Modi, Indonesian President Prabowo Hold Talks; India, Indonesia Ink 5 Pacts", "Prabowo")]
    [InlineData("Sultan Haitham succeeded Sultan Qaboos bin Said in 2020.", "Qaboos bin Said")]
    public void Find_KnownNameBeforeAHeadlinesVerb_EndsBeforeTheVerbNotBeforeANameWord(string text, string name)
    {
        var leaders = Sentence(text).MentionsOf(MentionKind.Leader).ToList();

        Assert.Contains(leaders, m => m.Text == name);
        Assert.DoesNotContain(leaders, m => m.Text.Contains(name + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("His Majesty Sultan Haji Hassanal Bolkiah ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien, Sultan of Brunei Darussalam, met President Xi.")]
    [InlineData("His Majesty Sultan Haji Hassanal Bolkiah ibni Sultan Haji Omar Ali Saifuddien met President Xi.")]
    public void Find_TitledNameInAFathersNameAfterIbni_IsNoPersonOfItsOwn(string text)
    {
        var leaders = Some.Story(text).Sentences.SelectMany(s => s.MentionsOf(MentionKind.Leader)).Select(m => m.Text).ToList();

        Assert.DoesNotContain(leaders, name => name.Contains("Omar", StringComparison.Ordinal));
        Assert.Contains(leaders, name => name.Contains("Hassanal Bolkiah", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_GivenNameThatIsACapitalAfterATitle_OpensTheName()
    {
        var s = Sentence("The document was signed by Foreign Minister Santiago Cafiero in Beijing.");

        Assert.Equal("Santiago Cafiero", Single(s, MentionKind.Leader).Name);
        Assert.DoesNotContain(s.MentionsOf(MentionKind.Capital), m => m.Text == "Santiago");
    }

    [Fact]
    public void Find_NameEndingInTheGivenNameOfAnotherKnownLeader_IsTheWholeName()
    {
        // "Dung" alone may be Nguyen Tan Dung; "Nguyen Chi" are none of his names.
        var s = Sentence("The memorandum was exchanged by Minister of Planning and Investment Nguyen Chi Dung on Thursday.");

        Assert.Equal("Nguyen Chi Dung", Single(s, MentionKind.Leader).Name);
    }

    [Fact]
    public void Find_VenueSetOffBeforeATitle_IsNoPersonOfThatTitle()
    {
        var s = Sentence("Saied received, on Wednesday at Carthage Palace, Prime Minister of the Italian Republic Giorgia Meloni.");

        Assert.DoesNotContain(s.MentionsOf(MentionKind.Leader), m => m.Text == "Carthage Palace");
        Assert.Contains("Carthage Palace", s.MentionsOf(MentionKind.Place).Select(m => m.Text));
    }
}
