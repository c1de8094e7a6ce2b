using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class MentionFinderTests
{
    private static AnalyzedSentence Sentence(string text) => Some.Sentence(text);

    private static Mention Single(AnalyzedSentence s, MentionKind kind) => Assert.Single(s.MentionsOf(kind));

    [Fact]
    public void Find_DemonymTitleName_LinksTitleAndCountryToTheLeader()
    {
        var s = Sentence("German Chancellor Olaf Scholz arrived in Beijing on Sunday.");

        var leader = Single(s, MentionKind.Leader);
        Assert.Equal(["leader:olaf-scholz"], leader.Candidates);
        Assert.Equal("Chancellor", leader.Title);
        Assert.Equal("country:de", leader.CountryId);
        Assert.Equal("German Chancellor Olaf Scholz", s.Slice(leader.PhraseStart, leader.PhraseEnd));
    }

    [Theory]
    [InlineData("He was received at King Khalid International Airport by the governor.", "King Khalid International Airport")]
    [InlineData("The talks were held at the President Sukarno Hall.", "President Sukarno Hall")]
    public void Find_TitleInTheNameOfAPlace_IsNoPersonButThePlace(string text, string place)
    {
        var s = Sentence(text);

        Assert.Empty(s.MentionsOf(MentionKind.Leader));
        Assert.Contains(place, s.MentionsOf(MentionKind.Place).Select(m => m.Text));
    }

    [Theory]
    [InlineData("Rishi Sunak and his Japanese counterpart Fumio Kishida signed an accord.")]
    [InlineData("Rishi Sunak and his Japanese counterpart, Fumio Kishida, signed an accord.")]
    public void Find_CounterpartWithADemonym_LinksTheCountryWithOrWithoutCommas(string text)
    {
        var kishida = Assert.Single(Sentence(text).MentionsOf(MentionKind.Leader), m => m.Text == "Fumio Kishida");

        Assert.Equal("country:jp", kishida.CountryId);
    }

    [Fact]
    public void Find_SuffixWrittenWithoutItsFullStop_IsTheLeader()
    {
        var leader = Single(Sentence("Japan welcomed President Ferdinand Marcos Jr in Manila."), MentionKind.Leader);

        Assert.Equal(["leader:ferdinand-marcos-jr"], leader.Candidates);
        Assert.Equal("Ferdinand Marcos Jr", leader.Text);
    }

    [Theory]
    [InlineData("Charles Michel met Kishida in Brussels.", "leader:charles-michel")]
    [InlineData("Kishida later met von der Leyen.", "leader:ursula-von-der-leyen")]
    [InlineData("Jean-Claude Juncker hosted the summit.", "leader:jean-claude-juncker")]
    public void Find_PresidentOfTheEuropeanCouncilOrCommissionWithoutTitle_IsTheKnownLeader(string text, string leader) =>
        Assert.Contains(Sentence(text).MentionsOf(MentionKind.Leader), m => m.Candidates.SequenceEqual([leader]));

    [Theory]
    [InlineData("He met International Relations and Cooperation Minister Naledi Pandor in Pretoria.")]
    [InlineData("He met the Minister of International Relations and Cooperation, Naledi Pandor, in Pretoria.")]
    public void Find_SouthAfricasTitleOfItsForeignMinister_IsForeignMinister(string text)
    {
        var leader = Single(Sentence(text), MentionKind.Leader);

        Assert.Equal("Naledi Pandor", leader.Text);
        Assert.Equal("Foreign Minister", leader.Title);
    }

    [Theory]
    [InlineData("Sheikh Tamim bin Hamad al-Thani and Joe Biden held talks.", "Tamim bin Hamad al-Thani")]
    [InlineData("Sheikh Tamim bin Hamad Al-Thani and Joe Biden held talks.", "Tamim bin Hamad Al-Thani")]
    [InlineData("Sheikh Tamim bin Hamad Al Thani and Joe Biden held talks.", "Tamim bin Hamad Al Thani")]
    public void Find_ArabicArticleJoinedByAHyphen_IsTheWholeName(string text, string name)
    {
        var leader = Assert.Single(Sentence(text).MentionsOf(MentionKind.Leader), m => m.Candidates.Contains("leader:tamim-bin-hamad-al-thani"));

        Assert.Equal(name, leader.Text);
    }

    [Fact]
    public void Find_PossessiveCountryAndTitle_LinksTheCountry()
    {
        var leader = Single(Sentence("India's Prime Minister Narendra Modi spoke first."), MentionKind.Leader);

        Assert.Equal("country:in", leader.CountryId);
        Assert.Equal("Prime Minister", leader.Title);
    }

    [Fact]
    public void Find_AppositionTitleOfCountry_LinksTitleAndCountry()
    {
        var leader = Single(Sentence("Mr. Emmanuel Macron, President of France, opened the forum."), MentionKind.Leader);

        Assert.Equal("President", leader.Title);
        Assert.Equal("country:fr", leader.CountryId);
        Assert.Equal("Emmanuel Macron, President of France", Sentence("Mr. Emmanuel Macron, President of France, opened the forum.").Slice(leader.PhraseStart, leader.PhraseEnd));
    }

    [Fact]
    public void Find_TitleOfCountryBeforeTheName_LinksTitleAndCountry()
    {
        var s = Sentence("Putin received Prime Minister of the Republic of India Narendra Modi.");
        var leader = s.MentionsOf(MentionKind.Leader).Single(m => m.Candidates.Contains("leader:narendra-modi"));

        Assert.Equal("Prime Minister", leader.Title);
        Assert.Equal("country:in", leader.CountryId);
        Assert.Equal("Prime Minister of the Republic of India Narendra Modi", s.Slice(leader.PhraseStart, leader.PhraseEnd));
    }

    [Theory]
    [InlineData("The French president told reporters he was confident.", "President", "country:fr")]
    [InlineData("the first Vietnamese prime minister to visit the region", "Prime Minister", "country:vn")]
    [InlineData("Brazil's president has not commented.", "President", "country:br")]
    [InlineData("Uzbekistan's first president ruled until 2016.", "President", "country:uz")]
    [InlineData("The prime minister declined to comment.", "Prime Minister", null)]
    [InlineData("It was set up during the Chinese leader's visit to Kuala Lumpur.", "Leader", "country:cn")]
    public void Find_RoleWithoutAName_IsARole(string text, string title, string? country)
    {
        var role = Single(Sentence(text), MentionKind.Role);

        Assert.Equal(title, role.Title);
        Assert.Equal(country, role.CountryId);
    }

    [Theory]
    [InlineData("They met at the prime minister's residence.")]
    [InlineData("They met at the prime minister's office in Tokyo.")]
    public void Find_PossessedOffice_IsNoRole(string text) =>
        Assert.Empty(Sentence(text).MentionsOf(MentionKind.Role));

    [Fact]
    public void Find_GroupsAndSides_AreFoundWithTheirCounts()
    {
        var s = Sentence("The three leaders said both sides and the Indian side would keep talking, as the world's two largest democracies agreed.");

        Assert.Equal(3, Single(s, MentionKind.LeaderGroup).Count);
        Assert.Equal(["both sides", "the world's two largest democracies"], s.MentionsOf(MentionKind.SideGroup).Select(m => m.Text));
        Assert.Equal("country:in", Single(s, MentionKind.Side).CountryId);
    }

    [Theory]
    [InlineData("The two prime ministers discussed trade.", "The two prime ministers")]
    [InlineData("The two men shook hands.", "The two men")]
    [InlineData("Both foreign ministers spoke.", "Both foreign ministers")]
    public void Find_CountedMinistersOrMen_AreALeaderGroup(string text, string group) =>
        Assert.Equal(group, Single(Sentence(text), MentionKind.LeaderGroup).Text);

    [Theory]
    [InlineData("He secured a third term as leader of the Chinese Communist Party.", "org:communist-party-of-china")]
    [InlineData("The International Criminal Court issued a warrant.", "org:international-criminal-court")]
    [InlineData("NASA and ISRO will fly a joint mission.", "org:national-aeronautics-and-space-administration")]
    [InlineData("The B9 brings together NATO members on the eastern flank.", "org:bucharest-nine")]
    [InlineData("He met the leaders of the Visegrad Group in Bratislava.", "org:visegrad-group")]
    [InlineData("Modi co-chaired the FIPIC summit in Port Moresby.", "org:fipic")]
    [InlineData("The European Council will meet next week.", "org:european-council")]
    [InlineData("The coalition was formed to fight the Islamic State group in Iraq.", "org:islamic-state")]
    [InlineData("Ankara wants Stockholm to act against the PKK.", "org:pkk")]
    [InlineData("He met the heads of the parliamentary blocs, including Hezbollah.", "org:hezbollah")]
    public void Find_OrganizationOfTheBundledKnowledgeBase_IsItsNode(string text, string organization) =>
        Assert.Contains(organization, Sentence(text).MentionsOf(MentionKind.Organization).SelectMany(m => m.Candidates));

    [Theory]
    [InlineData("The pair voiced serious concern about the situation.", "The pair")]
    [InlineData("The duo later toured the port.", "The duo")]
    public void Find_PairOrDuo_IsALeaderGroupOfTwo(string text, string group)
    {
        var found = Single(Sentence(text), MentionKind.LeaderGroup);

        Assert.Equal(group, found.Text);
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Find_PairOfThings_IsNoLeaderGroup() =>
        Assert.Empty(Sentence("The pair of pandas arrived in Madrid.").MentionsOf(MentionKind.LeaderGroup));

    [Fact]
    public void Find_MinistersWithoutANumber_AreNoLeaderGroup() =>
        Assert.Empty(Sentence("The ministers of trade met in Paris.").MentionsOf(MentionKind.LeaderGroup));

    [Fact]
    public void Find_SidesNamedTogether_CarryTheirCountries() =>
        Assert.Equal(["country:fr", "country:de"], Single(Sentence("It was the first visit by the French and German leaders."), MentionKind.SideGroup).Candidates);

    [Fact]
    public void Find_DocumentGroupWithAPairInside_IsTheGroup() =>
        Assert.Equal("the three China-US joint communiques", Single(Sentence("Both must honour the three China-US joint communiques."), MentionKind.DocumentGroup).Text);

    [Fact]
    public void Find_GenericDocumentWithYear_CarriesTheYear()
    {
        var document = Single(Sentence("They recalled a joint declaration of 1998 on partnership."), MentionKind.Document);

        Assert.Equal("a joint declaration of 1998", document.Text);
        Assert.Equal(new PartialDate(1998), document.Date);
        Assert.False(document.IsDefinite);
    }

    [Fact]
    public void Find_TitleCaseDocumentWithAcronym_IsANamedDocument()
    {
        var document = Single(Sentence("Both joined the Regional Comprehensive Economic Partnership Agreement (RCEP) in 2022."), MentionKind.Document);

        Assert.Equal("Regional Comprehensive Economic Partnership Agreement", document.Name);
        Assert.Equal(["RCEP", "the Regional Comprehensive Economic Partnership Agreement"], document.Variants);
    }

    [Theory]
    [InlineData("It builds on the Japan-Australia Joint Declaration on Security Cooperation, which was concluded in Tokyo.", "Japan-Australia Joint Declaration on Security Cooperation")]
    [InlineData("Ties rest on the Declaration on Strategic Partnership between the Republic of India and the Russian Federation.", "Declaration on Strategic Partnership between the Republic of India and the Russian Federation")]
    [InlineData("Both invoked the Declaration on the Conduct of Parties in the South China Sea.", "Declaration on the Conduct of Parties in the South China Sea")]
    [InlineData("Britain agreed to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in March.", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership")]
    public void Find_TitleCaseNameGoingOnAfterTheDocumentNoun_IsTheWholeName(string text, string name)
    {
        var document = Single(Sentence(text), MentionKind.Document);

        Assert.Equal(name, document.Name);
        Assert.Equal("the " + name, Assert.Single(document.Variants));
    }

    [Theory]
    [InlineData("Under the Atlantic Declaration, the two countries will talk.", "Atlantic Declaration")]
    [InlineData("In the Washington Declaration, both sides pledged restraint.", "Washington Declaration")]
    [InlineData("Reaffirming the Panmunjom Declaration, North Korea commits to denuclearisation.", "Panmunjom Declaration")]
    [InlineData("Citing the Beijing Declaration, the ministers pledged restraint.", "Beijing Declaration")]
    public void Find_TitleCaseNameAfterASentenceOpeningPrepositionOrParticiple_StartsAfterIt(string text, string name) =>
        Assert.Equal(name, Single(Sentence(text), MentionKind.Document).Name);

    [Theory]
    [InlineData("They signed what officials are calling the Hiroshima accord on Thursday.", "Hiroshima accord")]
    [InlineData("Both sides said they would honour the Bali agreement.", "Bali agreement")]
    [InlineData("The Hiroshima accord binds the two countries more closely.", "Hiroshima accord")]
    public void Find_PlaceBeforeALowerCaseDocumentNoun_NamesTheDocument(string text, string name)
    {
        var document = Single(Sentence(text), MentionKind.Document);

        Assert.Equal(name, document.Name);
        Assert.Equal("the " + name, Assert.Single(document.Variants), ignoreCase: true);
    }

    [Theory]
    [InlineData("Both sides said they would honour the China agreement.")]
    [InlineData("Both sides said they would honour the Hiroshima statement.")]
    public void Find_CountryOrStatementAfterThe_NamesNoDocumentByPlace(string text) =>
        Assert.DoesNotContain(Sentence(text).MentionsOf(MentionKind.Document), d => d.Name is not null);

    [Fact]
    public void Find_PluralTitleBeforeTwoNames_TitlesBoth()
    {
        var s = Sentence("It was concluded by then-Prime Ministers Shinzo Abe and John Howard in Tokyo.");

        Assert.All(s.MentionsOf(MentionKind.Leader), leader => Assert.Equal("Prime Minister", leader.Title));
        Assert.Equal(2, s.MentionsOf(MentionKind.Leader).Count());
    }

    [Fact]
    public void Find_PluralOfAOneWordTitleOtherThanPresident_IsNoTitle() =>
        Assert.Empty(Sentence("He laid a wreath at the State War Memorial in Kings Park.").MentionsOf(MentionKind.Title));

    [Fact]
    public void Find_TopicInsideATitle_IsNoTopic()
    {
        var s = Sentence("Indonesia's Law and Human Rights Minister Yasonna Laoly spoke on human rights.");

        Assert.Equal(["human rights"], s.MentionsOf(MentionKind.Topic).Select(m => m.Text));
    }

    [Fact]
    public void Find_PossessiveInsideAGovernmentsName_GoesOnWithTheName() =>
        Assert.Equal(
            "Joint Communique between the Government of Malaysia and the Government of the People's Republic of China",
            Single(Sentence("They recalled the Joint Communique between the Government of Malaysia and the Government of the People's Republic of China."), MentionKind.Document).Name);

    [Fact]
    public void Find_TitleCaseDocumentAfterAnIndefiniteArticle_KeepsTheWrittenForm()
    {
        var document = Single(Sentence("The leaders adopted a Joint Statement outlining the main areas of cooperation."), MentionKind.Document);

        Assert.Equal("Joint Statement", document.Name);
        Assert.Equal(["a Joint Statement"], document.Variants);
    }

    [Theory]
    [InlineData("They issued the Tokyo Joint Statement on Tuesday.", "Tokyo Joint Statement")]
    [InlineData("They issued the Tokyo Joint Statement on trade.", "Tokyo Joint Statement")]
    public void Find_DocumentNounFollowedByADateOrLowerCaseWords_EndsAtTheNoun(string text, string name) =>
        Assert.Equal(name, Single(Sentence(text), MentionKind.Document).Name);

    [Fact]
    public void Find_YearBeforeATitleCaseDocument_DatesItAndKeepsTheWrittenForm()
    {
        var document = Single(Sentence("It builds on the 2007 Japan-Australia Joint Declaration on Security Cooperation."), MentionKind.Document);

        Assert.Equal(new PartialDate(2007), document.Date);
        Assert.Equal(["the 2007 Japan-Australia Joint Declaration on Security Cooperation"], document.Variants);
    }

    [Fact]
    public void Find_BodysNameOpeningADocumentsName_IsPartOfIt() =>
        Assert.Equal(
            "United Nations Convention on the Law of the Sea",
            Single(Sentence("The tribunal was constituted under the United Nations Convention on the Law of the Sea."), MentionKind.Document).Name);

    [Fact]
    public void Find_BodysNameAfterADocumentsNoun_IsNotPartOfIt() =>
        Assert.Equal(
            "Partnership Agreement",
            Single(Sentence("They signed the Partnership Agreement between Japan and the United Nations."), MentionKind.Document).Name);

    [Fact]
    public void Find_DocumentNameGoingOnWithItsParties_AlsoGoesByTheNameBeforeThem()
    {
        var document = Single(Sentence("The Status of Visiting Forces Agreement between Manila and Canberra took effect in 2012."), MentionKind.Document);

        Assert.Equal("Status of Visiting Forces Agreement between Manila and Canberra", document.Name);
        Assert.Contains("Status of Visiting Forces Agreement", document.Variants);
        Assert.Contains("The Status of Visiting Forces Agreement", document.Variants);
    }

    [Fact]
    public void Find_DocumentNounInsideAVenuesName_IsNoDocument() =>
        Assert.Empty(Sentence("The summit opened at the Sandton Convention Centre on Tuesday.").MentionsOf(MentionKind.Document));

    [Fact]
    public void Find_QuotedTitleOfAdoptedDocument_IsANamedDocument() =>
        Assert.Equal("Hanoi Action Plan", Single(Sentence("The ministers adopted a plan titled \"Hanoi Action Plan\" on Friday."), MentionKind.Document).Name);

    [Fact]
    public void Find_AcronymsInTitleCase_AreTheOrganizations()
    {
        var s = Sentence("Officials from Nato and Asean met before the Apec summit.");

        Assert.Equal(["org:nato", "org:asean", "org:apec"], s.MentionsOf(MentionKind.Organization).Select(m => m.Candidates[0]));
    }

    [Fact]
    public void Find_AcronymInLowerCase_IsNoOrganization() =>
        Assert.Empty(Sentence("The word apec is not the forum.").MentionsOf(MentionKind.Organization));

    [Fact]
    public void Find_TopicOverlappingACountry_FindsBoth()
    {
        var s = Sentence("They discussed North Korea's nuclear and missile programs and climate change.");

        Assert.Equal(["North Korea's nuclear and missile programs", "climate change"], s.MentionsOf(MentionKind.Topic).Select(m => m.Candidates[0]));
        Assert.Equal(["country:kp"], Single(s, MentionKind.Country).Candidates);
    }

    [Theory]
    [InlineData("They met on Monday afternoon.", "on Monday afternoon", "weekday")]
    [InlineData("They met in March 2021.", "in March 2021", "month-year")]
    [InlineData("They met on 12 May 2024.", "on 12 May 2024", "day-month-year")]
    [InlineData("They met last year.", "last year", "last year")]
    [InlineData("They met last October.", "last October", "last-month")]
    [InlineData("They met a year ago.", "a year ago", "year ago")]
    public void Find_DateExpressions_AreDatesWithTheirForm(string text, string expected, string form)
    {
        var date = Single(Sentence(text), MentionKind.Date);

        Assert.Equal(expected, date.Text);
        Assert.Equal(form, date.Head);
    }

    [Fact]
    public void Find_MayAsAVerb_IsNoDate() => Assert.Empty(Sentence("Talks May resume, the leaders said.").MentionsOf(MentionKind.Date));

    [Fact]
    public void Find_GeographicNameHoldingACountry_MentionsNoCountry()
    {
        var s = Sentence("Navies patrol the South China Sea, the Sea of Japan and the Indian Ocean with Latin American observers.");

        Assert.Empty(s.MentionsOf(MentionKind.Country));
        Assert.Empty(s.MentionsOf(MentionKind.Demonym));
        Assert.Contains(s.MentionsOf(MentionKind.Topic), m => m.Candidates[0] == "South China Sea");
    }

    [Fact]
    public void Find_AcronymCountry_MatchesOnlyInCapitals()
    {
        Assert.Empty(Sentence("Let us talk, he said.").MentionsOf(MentionKind.Country));
        Assert.Single(Sentence("The US said it would talk.").MentionsOf(MentionKind.Country));
    }

    [Fact]
    public void Find_HEBeforeATitle_IsHisExcellencyNotAPronoun()
    {
        var s = Some.Sentence("Sheikh Tamim bin Hamad Al-Thani and HE President Joe Biden held talks, and he said so.");

        Assert.Equal(["he"], s.MentionsOf(MentionKind.Pronoun).Select(m => m.Text));
        Assert.Equal(["HE"], Some.MentionTexts("Biden insisted that HE would decide.", MentionKind.Pronoun));
    }
}
