using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Who "the two leaders", "the leaders of the three countries" and "the French and Chinese presidents" are.</summary>
public sealed class LeaderGroupResolutionTests
{
    [Fact]
    public void Resolve_LeadersOfTwoNamedCountries_AreEachCountrysLeaderInFocus()
    {
        var result = Some.Extract("May 6, 2024 20:00", "PARIS, May 6 (Wire)",
            "French President Emmanuel Macron and Chinese President Xi Jinping opened a business forum on Monday.",
            "Later, the French and Chinese presidents held talks.");

        Assert.Equal(["leader:emmanuel-macron", "leader:xi-jinping"], Some.FirstMention(result, MentionKind.LeaderGroup, "the French and Chinese presidents").NodeIds);
    }

    [Fact]
    public void Resolve_LeadersOfABodysMembersAndTheirLater_AreNotTheStorysPair()
    {
        var result = Some.Extract("Nov 17, 2022 20:00", "BANGKOK, Nov. 17 (Wire)",
            "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Bangkok on Thursday.",
            "The leaders of the APEC economies gather here on Nov. 18 and 19 for their two-day summit.");

        Assert.Equal(EventKind.Meeting, GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:xi-jinping").EventKind);
        Assert.Empty(Some.FirstMention(result, MentionKind.LeaderGroup, "The leaders").NodeIds);
    }

    [Theory]
    [InlineData("Biden, who also attended a meeting with the leaders of Japan and South Korea, flew on to Brazil.", false)]
    [InlineData("Afterwards the leaders of the United States and China took questions.", true)]
    public void Resolve_LeadersOfCountriesNamedOneByOne_AreTheStorysPairOnlyWhenTheyAreThoseCountries(string sentence, bool resolved)
    {
        var result = Some.Extract("Nov 16, 2024 20:00", "LIMA, Nov. 16 (Wire)",
            "US President Joe Biden and Chinese President Xi Jinping held talks in Lima on Saturday.", sentence);

        Assert.Equal(resolved, Some.FirstMention(result, MentionKind.LeaderGroup, "the leaders").NodeIds.Count == 2);
    }

    [Theory]
    [InlineData("Foreign Minister Alberto van Klaveren, who accompanied Boric, told reporters that the conversation had covered trade.")]
    [InlineData("Chilean Foreign Minister Alberto van Klaveren, who accompanied Boric, told reporters that the conversation had covered trade.")]
    public void Resolve_TwoPresidentsAfterAMinisterOfOneSideSpokeOfTheTalks_AreTheStorysPair(string minister)
    {
        var result = Some.Extract("Oct 18, 2023 20:00", "BEIJING, Oct. 17 (Wire)",
            "Chilean President Gabriel Boric held talks with Chinese President Xi Jinping in Beijing on Tuesday.",
            minister,
            "Once the talks were over, the two presidents presided over a ceremony.");

        var group = Some.FirstMention(result, MentionKind.LeaderGroup, "the two presidents");
        Assert.Equal(["leader:gabriel-boric", "leader:xi-jinping"], group.NodeIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_TwoPresidentsAfterASentenceOnTwoLeadersOfOneSide_AreTheStorysPair()
    {
        // No date on the page, so nothing tells that Duque has left office: only his country tells him from Xi.
        var text = """
            Petro and Xi raise ties to a strategic partnership

            President Gustavo Petro and his Chinese counterpart, Xi Jinping, agreed on Wednesday to raise the relationship to a strategic partnership.

            The meeting was the central point of the state visit that Petro is making to the Asian country this week, the first by a Colombian president to China since that of Iván Duque in 2019.

            The two presidents adopted a joint statement.
            """;
        var result = Some.Extractor.Extract(ArticleReader.Read("test", text));

        var group = Some.FirstMention(result, MentionKind.LeaderGroup, "The two presidents");
        Assert.Equal(["leader:gustavo-petro", "leader:xi-jinping"], group.NodeIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_TwoLeadersAfterTheHostsPresidentAndPrimeMinisterReceivedTheGuest_AreTheStorysPair()
    {
        var result = Some.Story(
            "Prime Minister Shehbaz Sharif held talks with Turkish President Recep Tayyip Erdogan in Islamabad on Thursday.",
            "The Turkish president was received at the airbase by President Asif Ali Zardari and Prime Minister Shehbaz Sharif.",
            "The two leaders signed a joint declaration.");

        var group = Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders");
        Assert.Equal(["leader:recep-tayyip-erdogan", "leader:shehbaz-sharif"], group.NodeIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("It was the first in-person meeting between the two ministers since Kamikawa, who took up her post in September, succeeded Yoshimasa Hayashi.",
        "leader:yoko-kamikawa,leader:wang-yi")]
    [InlineData("The last meeting between the two ministers was in July, when Yoshimasa Hayashi, then foreign minister, met Wang in Jakarta.",
        "leader:yoshimasa-hayashi,leader:wang-yi")]
    public void Resolve_GroupBeforeLeadersNamedInTheSameSentence_IsThemOnlyWhenTheyMet(string sentence, string expected)
    {
        var result = Some.Extract("Nov 25, 2023 20:00", "BUSAN, South Korea (Wire)",
            "Japanese Foreign Minister Yoko Kamikawa and Chinese Foreign Minister Wang Yi held talks on Saturday.",
            sentence);

        var group = Some.FirstMention(result, MentionKind.LeaderGroup, "the two ministers");
        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), group.NodeIds.Order(StringComparer.Ordinal));
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

        Assert.Equal(["leader:emmanuel-macron", "leader:xi-jinping"], Some.FirstMention(result, MentionKind.LeaderGroup, "the French and Chinese presidents").NodeIds);
    }

    [Theory]
    [InlineData("Several leaders attended the ceremony this month, including South Korean President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese.", "leader:narendra-modi", "leader:fumio-kishida")]
    [InlineData("Several leaders attended the ceremony this month, such as South Korean President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese.", "leader:narendra-modi", "leader:fumio-kishida")]
    [InlineData("South Korean President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese attended the ceremony this month.", "leader:yoon-suk-yeol", "leader:anthony-albanese")]
    public void Resolve_TwoLeadersAfterAPairGivenAsExamplesOrAsSubjects_AreTheStorysPairOrThatPair(string between, string first, string second)
    {
        var result = Some.Extract("Jun 22, 2024 20:00", "NEW DELHI, June 22 (Wire)",
            "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida held talks on Saturday.", between, "The two leaders agreed to expand trade.");

        Assert.Equal([first, second], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterASentenceThatNamedThree_AreTheStorysPair()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "Egyptian President Abdel-Fattah El-Sisi and Indian Prime Minister Narendra Modi held talks on Wednesday.",
            "Earlier, the Egyptian president was given a ceremonial welcome, where he was received by Indian President Droupadi Murmu and Prime Minister Modi.",
            "The talks between the two leaders covered trade.");

        Assert.Equal(["leader:abdel-fattah-el-sisi", "leader:narendra-modi"], Some.FirstMention(result, MentionKind.LeaderGroup, "the two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterPastLeadersNamedTogether_AreTheStorysPair()
    {
        var result = Some.Extract("May 7, 2023 20:00", "SEOUL, May 7 (Wire)",
            "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit on Sunday.",
            "Kishida upheld the 1998 joint declaration issued by then Japanese Prime Minister Keizo Obuchi and then South Korean President Kim Dae-jung.",
            "The two leaders also agreed to strengthen security cooperation.");

        Assert.Equal(["leader:fumio-kishida", "leader:yoon-suk-yeol"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterAPastAndAPresentLeaderNamedTogether_AreThoseTwo()
    {
        var result = Some.Extract("May 7, 2023 20:00", "SEOUL, May 7 (Wire)",
            "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit on Sunday.",
            "At lunch he also saw former South Korean President Moon Jae-in.",
            "Kishida and Moon had not spoken since 2019.",
            "The two leaders shared their memories of the talks in Chengdu.");

        Assert.Equal(["leader:fumio-kishida", "leader:moon-jae-in"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterAPresentAndAPastLeaderInPassing_AreTheStorysPair()
    {
        var result = LeeWidodoRetreat(
            "The pact was signed in 2007 in the presence of Mr Lee and then Indonesian President Susilo Bambang Yudhoyono.");

        Assert.Equal(["leader:lee-hsien-loong", "leader:joko-widodo"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Theory]
    [InlineData("The agreement was signed by Transport Minister S. Iswaran and his Indonesian counterpart Budi Karya Sumadi.")]
    [InlineData("Defence Minister Ng Eng Hen and his Indonesian counterpart Prabowo Subianto signed a joint statement.")]
    public void Resolve_TwoLeadersAfterMinistersNamedTogether_AreTheStorysPair(string ministers)
    {
        // Prabowo, whom the knowledge base knows as a president from 2024, is a minister here as a minister's counterpart.
        var result = LeeWidodoRetreat(ministers);

        Assert.Equal(["leader:lee-hsien-loong", "leader:joko-widodo"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterTwoPartyGeneralSecretariesNamedTogether_AreThoseTwo()
    {
        // A party's General Secretary is no minister: "Xi and Trong" are leaders who take the focus.
        var result = Some.Extract("Dec 12, 2023 20:00", "HANOI, Dec. 12 (Wire)",
            "Vietnamese President Vo Van Thuong and Chinese Premier Li Qiang spoke by phone on Monday.",
            "Chinese General Secretary Xi Jinping and Vietnamese General Secretary Nguyen Phu Trong held talks in Hanoi on Tuesday.",
            "The two leaders agreed to build a community with a shared future.");

        Assert.Equal(["leader:xi-jinping", "leader:nguyen-phu-trong"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersInAStoryOfMinisters_AreTheLastMinistersNamedTogether()
    {
        var result = Some.Extract("Jul 14, 2023 20:00", "JAKARTA, July 14 (Wire)",
            "South Korean Foreign Minister Park Jin and Japanese Foreign Minister Yoshimasa Hayashi met on Friday.",
            "Later, US Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held talks.",
            "The two leaders discussed the war in Ukraine.");

        Assert.Equal(["leader:antony-blinken", "leader:wang-yi"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersInAStoryAboutPastLeaders_AreThePastLeaders()
    {
        var result = Some.Extract("May 7, 2023 20:00", "SEOUL, May 7 (Wire)",
            "In 1998, then Japanese Prime Minister Keizo Obuchi and then South Korean President Kim Dae-jung issued a joint declaration.",
            "The two leaders pledged to look to the future.");

        Assert.Equal(["leader:keizo-obuchi", "leader:kim-dae-jung"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
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

    [Theory]
    [InlineData("President Biden walks with Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David.")]
    [InlineData("President Biden spent Friday in Maryland with two guests he has worked hard to bring together: Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol.")]
    public void Resolve_ThreeLeadersAfterASubjectWithTwoOthers_AreTheSubjectAndThem(string sentence)
    {
        var result = Some.Story(sentence, "The three leaders met at Camp David.");
        var group = result.Sentences[1].MentionsOf(MentionKind.LeaderGroup).Single();

        Assert.Equal(["leader:joe-biden", "leader:fumio-kishida", "leader:yoon-suk-yeol"], group.NodeIds);
    }

    [Theory]
    [InlineData("President Biden said he agreed that Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol should meet.")]
    [InlineData("President Biden said: Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol should meet.")]
    [InlineData("President Biden held separate talks with Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol.")]
    public void Resolve_ThreeLeadersAfterASubjectNotWithTheOthers_IsNobody(string sentence)
    {
        var result = Some.Story(sentence, "The three leaders met at Camp David.");

        Assert.Empty(result.Sentences[1].MentionsOf(MentionKind.LeaderGroup).Single().NodeIds);
    }

    [Fact]
    public void Resolve_ThreeLeadersAfterSentencesAboutTwoOfThem_AreTheLastThreeInFocus()
    {
        var result = Some.Story(
            "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David.",
            "In March, Yoon and Kishida held talks in Tokyo.",
            "The three leaders also met briefly in Hiroshima in May.");
        var group = result.Sentences[2].MentionsOf(MentionKind.LeaderGroup).Single();

        Assert.Equal(["leader:joe-biden", "leader:fumio-kishida", "leader:yoon-suk-yeol"], group.NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersAfterAMeetingAndAClauseOfTimeAboutAThird_AreThoseWhoMet()
    {
        var result = Some.Story(
            "President Joe Biden held his last face-to-face meeting with Chinese leader Xi Jinping on Saturday, before President-elect Donald Trump returns to the White House.",
            "The two men met on the sidelines of the summit.");

        Assert.Equal(["leader:joe-biden", "leader:xi-jinping"], result.Sentences[1].MentionsOf(MentionKind.LeaderGroup).Single().NodeIds);
    }

    [Fact]
    public void Resolve_ThreeLeadersAfterAMeetingAndAPhraseOfTime_AreAllItsLeaders()
    {
        var result = Some.Story(
            "President Joe Biden held talks with Chinese leader Xi Jinping after the summit, and Japanese Prime Minister Fumio Kishida joined the meeting.",
            "The three leaders agreed to meet again.");

        Assert.Equal(3, result.Sentences[1].MentionsOf(MentionKind.LeaderGroup).Single().NodeIds.Count);
    }

    [Theory]
    [InlineData("Putin last traveled to Pyongyang in July 2000, when he held talks with Kim Jong Il, the current leader's father.", "leader:kim-jong-un")]
    [InlineData("Putin later held talks with South Korean President Yoon Suk Yeol.", "leader:yoon-suk-yeol")]
    public void Resolve_TwoLeadersAfterAMeetingWithALeaderOfThePast_AreStillTheStorysPair(string between, string second)
    {
        var result = Some.Extract("Jun 19, 2024 20:00", "PYONGYANG, June 19 (Wire)",
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a partnership treaty on Wednesday.",
            between,
            "The two leaders last met in September 2023 at the Vostochny Cosmodrome.");

        Assert.Equal(["leader:vladimir-putin", second], result.Sentences[2].MentionsOf(MentionKind.LeaderGroup).Single().NodeIds);
    }

    [Theory]
    [InlineData("The two met again in September in Vladivostok.", 1)]
    [InlineData("The two have spoken twice since.", 1)]
    [InlineData("The two countries have spoken twice since.", 0)]
    [InlineData("The two biggest economies grew.", 0)]
    public void Find_TheTwoBeforeAVerb_IsAPairOfLeaders(string sentence, int groups)
    {
        var result = Some.Story("Russian President Vladimir Putin held talks with Japanese Prime Minister Shinzo Abe in Tokyo on Thursday.", sentence);

        Assert.Equal(groups, result.Sentences[1].MentionsOf(MentionKind.LeaderGroup).Count());
    }

    /// <summary>A story of Lee and Widodo's retreat with <paramref name="aside"/> between it and "The two leaders".</summary>
    private static ExtractionResult LeeWidodoRetreat(string aside) =>
        Some.Extract("Jan 25, 2022 20:00", "BINTAN, Jan 25 (Wire)",
            "Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo held their annual retreat on Tuesday.",
            aside,
            "The two leaders also discussed vaccinated travel lanes.");

    [Theory]
    [InlineData("The last Chinese premier to visit was Li Keqiang, who travelled to Australia and New Zealand in 2017.", "country:cn,country:au")]
    [InlineData("Li Qiang later travelled to Australia and New Zealand.", "country:au,country:nz")]
    public void Resolve_CountriesNamedTogetherWithOnlyALeaderOfThePast_AreNotTheTwoCountries(string between, string expected)
    {
        var result = Some.Story(
            "Chinese Premier Li Qiang and Australian Prime Minister Anthony Albanese held talks in Canberra on Monday.",
            between,
            "The two countries agreed to resume dialogue.");

        Assert.Equal(expected.Split(','), Some.FirstMention(result, MentionKind.SideGroup, "The two countries").NodeIds);
    }

    [Theory]
    [InlineData("Turkish President Recep Tayyip Erdogan greeted his guest at the airport before the two leaders moved on to talks.", "leader:abdel-fattah-el-sisi,leader:recep-tayyip-erdogan")]
    [InlineData("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke by phone before the two leaders moved on.", "leader:recep-tayyip-erdogan,leader:vladimir-putin")]
    public void Resolve_TwoLeadersWhenNoSentenceNamedTwoButTheStoryNamedOnlyTwo_AreThoseTwo(string sentence, string expected)
    {
        var result = Some.Extract("Sep 4, 2024 20:00", "ANKARA, Sept 4 (Wire)",
            "Egyptian President Abdel Fattah el-Sisi arrived in Ankara on Wednesday.", sentence);

        // The two, in whatever order: "his guest" names the first before "the two leaders" does.
        Assert.Equal(expected, string.Join(',', Some.FirstMention(result, MentionKind.LeaderGroup, "the two leaders").NodeIds.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Resolve_TwoLeadersWhenTheStoryNamedTwoAndAFormerOne_AreTheTwo()
    {
        var result = Some.Extract("Sep 4, 2024 20:00", "ANKARA, Sept 4 (Wire)",
            "Egyptian President Abdel Fattah el-Sisi arrived in Ankara on Wednesday.",
            "The last to visit was former President Mohamed Morsi.",
            "Turkish President Recep Tayyip Erdogan greeted his guest at the airport before the two leaders moved on to talks.");

        Assert.Equal(["leader:abdel-fattah-el-sisi", "leader:recep-tayyip-erdogan"], Some.FirstMention(result, MentionKind.LeaderGroup, "the two leaders").NodeIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_TwoLeadersWhenTheStoryNamedThreeNoneTogether_AreNoOne()
    {
        var result = Some.Extract("Sep 4, 2024 20:00", "ANKARA, Sept 4 (Wire)",
            "Egyptian President Abdel Fattah el-Sisi arrived in Ankara on Wednesday.",
            "Russian President Vladimir Putin sent a message.",
            "Turkish President Recep Tayyip Erdogan greeted his guest at the airport before the two leaders moved on to talks.");

        Assert.Empty(Some.FirstMention(result, MentionKind.LeaderGroup, "the two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoLeadersOpeningASentenceThatNamesMoreAfterThem_AreTheTwoNamedBefore()
    {
        var result = Some.Extract("Sep 4, 2024 20:00", "ANKARA, Sept 4 (Wire)",
            "Egyptian President Abdel Fattah el-Sisi arrived in Ankara on Wednesday.",
            "Turkish President Recep Tayyip Erdogan said the visit would open a new chapter.",
            "The two leaders last met in Cairo in 2023, when Erdogan travelled there with Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev.");

        Assert.Equal(["leader:abdel-fattah-el-sisi", "leader:recep-tayyip-erdogan"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
    }

    [Fact]
    public void Resolve_TwoPresidentsAfterAPresidentsTalksWithAPrimeMinister_AreTheTwoPresidentsNamed()
    {
        var result = Some.Extract("Apr 22, 2023 18:05", "LISBON, April 22 (Wire)",
            "Prime Minister António Costa and Brazilian President Luiz Inácio Lula da Silva signed 13 agreements in Lisbon on Saturday.",
            "Earlier, Lula was received with military honours by the President of the Republic, Marcelo Rebelo de Sousa.",
            "The two presidents then held a meeting at Belém Palace.");

        Assert.Equal(["leader:luiz-inacio-lula-da-silva", "leader:marcelo-rebelo-de-sousa"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two presidents").NodeIds.Order());
    }
}
