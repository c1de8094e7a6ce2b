using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class MeetingNamesTests
{
    [Fact]
    public void Materialize_MeetingOfTwoLeaders_IsAlsoNamedByThePairsShortNamesWithAndWithoutItsCity()
    {
        var result = Some.Extract("Nov 16, 2023 20:00", "SAN FRANCISCO, Nov. 16 (Wire)",
            "Chinese President Xi Jinping held talks with Japanese Prime Minister Fumio Kishida in San Francisco on Thursday.",
            "Xi told Kishida that the two countries should keep talking.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:fumio-kishida");

        Assert.Equal("meeting between Fumio Kishida and Xi Jinping in San Francisco", talks.Name);
        Assert.Superset(
            new HashSet<string>(["Kishida-Xi meeting", "Xi-Kishida meeting", "Kishida-Xi talks in San Francisco", "Xi-Kishida talks"]),
            talks.Aliases.Items.ToHashSet());

        // And without its city, as a reader names it who does not say where: "meeting between Xi Jinping and Fumio Kishida".
        Assert.Superset(
            new HashSet<string>(["meeting between Fumio Kishida and Xi Jinping", "meeting between Xi Jinping and Fumio Kishida", "talks between Xi Jinping and Fumio Kishida"]),
            talks.Aliases.Items.ToHashSet());
    }

    [Fact]
    public void Materialize_MeetingAtAVenue_IsAlsoNamedByThePairAndByTheMeetingAtTheVenue()
    {
        var result = Some.Extract("Mar 31, 2023 20:00", "BEIJING, March 31 (Wire)",
            "Chinese Premier Li Qiang held talks with Spanish Prime Minister Pedro Sanchez at the Great Hall of the People in Beijing on Friday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:li-qiang", "leader:pedro-sanchez");

        Assert.Contains("Li-Sánchez talks at the Great Hall of the People", talks.Aliases.Items);
        Assert.Contains("Sánchez-Li meeting at the Great Hall of the People", talks.Aliases.Items);
        Assert.Contains("meeting between Li Qiang and Pedro Sánchez at the Great Hall of the People", talks.Aliases.Items);
        Assert.Contains("talks between Pedro Sánchez and Li Qiang at the Great Hall of the People", talks.Aliases.Items);
    }

    [Fact]
    public void Materialize_MeetingAtAVenueWrittenWithAccentsAfterThe_IsNamedWithTheArticle()
    {
        var result = Some.Extract("Jun 23, 2023 20:00", "ABUJA (Wire)",
            "President Bola Ahmed Tinubu has held talks with his French counterpart, Emmanuel Macron, at the Élysée Palace in Paris.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:bola-tinubu", "leader:emmanuel-macron");

        Assert.Contains("Tinubu-Macron talks at the Elysee Palace", talks.Aliases.Items);
    }

    [Fact]
    public void Materialize_LeaderTheKnowledgeBaseLacks_IsNamedByTheWordTheArticleUses()
    {
        var result = Some.Extract("Jun 1, 2023 20:00", "NEW DELHI, June 1 (Wire)",
            "Nepali Prime Minister Pushpa Kamal Dahal met Indian Prime Minister Narendra Modi in New Delhi on Thursday.",
            "Dahal said the two sides had agreed on power trade.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:pushpa-kamal-dahal", "leader:narendra-modi");

        Assert.Contains("Dahal-Modi meeting in New Delhi", meeting.Aliases.Items);
        Assert.Contains("Modi-Dahal meeting", meeting.Aliases.Items);
    }

    [Fact]
    public void Materialize_TalksHeldWithAGuest_AreAlsoNamedByTheVerbPhrase()
    {
        var result = Some.Extract("Dec 25, 2024 20:00", "BEIJING, Dec. 25 (Wire)",
            "Chinese Foreign Minister Wang Yi held talks with Japanese Foreign Minister Takeshi Iwaya in Beijing on Wednesday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:wang-yi", "leader:takeshi-iwaya");

        Assert.Contains("held talks", talks.Aliases.Items);
    }

    [Fact]
    public void Materialize_WordsBetweenTheVerbAndItsEventNoun_AddNoVerbPhrase()
    {
        var result = Some.Extract("Dec 25, 2024 20:00", "BEIJING, Dec. 25 (Wire)",
            "Chinese Foreign Minister Wang Yi held lengthy, frank talks with Japanese Foreign Minister Takeshi Iwaya in Beijing on Wednesday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:wang-yi", "leader:takeshi-iwaya");

        Assert.Contains("frank talks", talks.Aliases.Items);
        Assert.DoesNotContain(talks.Aliases.Items, a => a.StartsWith("held", StringComparison.Ordinal));
    }

    [Fact]
    public void Materialize_LeaderWithAPatronymic_IsNamedByTheFirstWordOfTheName()
    {
        var result = Some.Extract("Jul 18, 2023 20:00", "DOHA, July 18 (Wire)",
            "Turkish President Recep Tayyip Erdogan held talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha on Tuesday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:recep-tayyip-erdogan", "leader:tamim-bin-hamad-al-thani");

        Assert.Contains("Erdogan-Tamim talks in Doha", talks.Aliases.Items);
        // "Thani" is no short name of his (the whole name may pair with Erdogan's: "Tamim bin Hamad Al Thani-Recep Tayyip Erdogan").
        Assert.DoesNotContain(talks.Aliases.Items, a => a.StartsWith("Thani-", StringComparison.Ordinal) || a.Contains("-Thani ", StringComparison.Ordinal));
    }

    [Fact]
    public void Materialize_LeaderWhoseNameIsWrittenFamilyNameFirst_IsNamedByTheFamilyName()
    {
        var result = Some.Extract("Sep 13, 2023 20:00", "VOSTOCHNY, Russia (Wire)",
            "Russian President Vladimir Putin held talks with North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:vladimir-putin", "leader:kim-jong-un");

        Assert.Contains("Kim-Putin talks", talks.Aliases.Items);
        Assert.DoesNotContain(talks.Aliases.Items, a => a.StartsWith("Un-", StringComparison.Ordinal) || a.Contains("-Un ", StringComparison.Ordinal));
    }

    [Fact]
    public void Materialize_ChineseLeaderNamedFamilyNameFirst_IsAlsoNamedByTheWholeName()
    {
        var result = Some.Extract("Oct 17, 2023 20:00", "BEIJING, Oct 17 (Wire)",
            "Ethiopian Prime Minister Abiy Ahmed held talks with Chinese Premier Li Qiang in Beijing on Monday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:abiy-ahmed", "leader:li-qiang");

        Assert.Contains("Abiy-Li talks", talks.Aliases.Items);
        Assert.Contains("Abiy-Li Qiang talks", talks.Aliases.Items);
        Assert.Contains("Li Qiang-Abiy talks in Beijing", talks.Aliases.Items);
    }

    [Theory]
    [InlineData("Min Aung Hlaing-Hun Manet meeting")]
    [InlineData("Hun Manet-Min Aung Hlaing meeting in Kunming")]
    public void Materialize_LeadersOfMyanmarAndCambodia_AreAlsoNamedInFull(string name)
    {
        var result = Some.Extract("Nov 7, 2024 20:00", "KUNMING, Nov. 7 (Wire)",
            "Myanmar junta leader Senior General Min Aung Hlaing met Cambodian Prime Minister Hun Manet in Kunming on Wednesday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:min-aung-hlaing", "leader:hun-manet");

        Assert.Contains(name, talks.Aliases.Items);
    }

    [Fact]
    public void Materialize_LaoLeader_IsAlsoNamedInFull()
    {
        var result = Some.Extract("Oct 12, 2024 20:00", "VIENTIANE, Oct. 12 (Wire)",
            "Chinese Premier Li Qiang held talks with Lao Prime Minister Sonexay Siphandone in Vientiane on Friday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:li-qiang", "leader:sonexay-siphandone");

        Assert.Contains("Sonexay Siphandone-Li Qiang talks", talks.Aliases.Items);
    }

    [Fact]
    public void Materialize_MeetingWithAFederalPresidentCalledOn_IsNamedAsOneLeadersMeetingWithTheOtherAndByTheFamilyNameWithItsParticles()
    {
        var result = Some.Extract("Jul 10, 2024 20:00", "VIENNA, July 10 (Wire)",
            "Indian Prime Minister Narendra Modi held talks with Chancellor Karl Nehammer on Wednesday.",
            "Modi also called on Federal President Alexander Van der Bellen at the Hofburg.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:alexander-van-der-bellen");

        Assert.Superset(
            new HashSet<string>(["Modi's meeting with Alexander Van der Bellen", "Van der Bellen's meeting with Narendra Modi", "Modi-Van der Bellen meeting",
                "Modi's call on Van der Bellen", "called on Federal President Alexander Van der Bellen"]),
            meeting.Aliases.Items.ToHashSet());
        Assert.DoesNotContain(meeting.Aliases.Items, a => a.StartsWith("Bellen", StringComparison.Ordinal));
    }

    [Fact]
    public void Materialize_RulerTheArticleStylesByOneName_IsAlsoNamedSoInThePairAndAsTheOwner()
    {
        var result = Some.Extract("Feb 13, 2024 20:00", "AMMAN, Feb. 13 (Wire)",
            "His Majesty King Abdullah II held talks with US President Joe Biden at the White House on Monday.",
            "King Abdullah warned against an operation in Rafah.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:abdullah-ii", "leader:joe-biden");

        Assert.Contains("King Abdullah-Biden talks", talks.Aliases.Items);
        Assert.Contains("King Abdullah's meeting with Joe Biden", talks.Aliases.Items);
    }

    [Fact]
    public void Materialize_KoreanLeader_IsNamedByTheFamilyNameAlone()
    {
        var result = Some.Extract("May 7, 2023 20:00", "SEOUL, May 7 (Wire)",
            "South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida in Seoul on Sunday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:fumio-kishida");

        Assert.Contains("Kishida-Yoon talks", talks.Aliases.Items);
        // Not the whole name beside the other's short one (both whole is a pair of its own).
        Assert.DoesNotContain(talks.Aliases.Items, a => a.StartsWith("Yoon Suk Yeol-Kishida", StringComparison.Ordinal) || a.StartsWith("Kishida-Yoon Suk Yeol", StringComparison.Ordinal));
    }

    [Fact]
    public void Materialize_MeetingOfTwoLeaders_IsAlsoNamedByBothWholeNames()
    {
        var result = Some.Extract("Jul 3, 2024 20:00", "ASTANA, July 3 (Wire)",
            "Prime Minister Shehbaz Sharif met Russian President Vladimir Putin in Astana on Wednesday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:shehbaz-sharif", "leader:vladimir-putin");

        Assert.Contains("Shehbaz Sharif-Vladimir Putin meeting", talks.Aliases.Items);
        Assert.Contains("Vladimir Putin-Shehbaz Sharif meeting in Astana", talks.Aliases.Items);
    }

    [Theory]
    [InlineData("Turkish President Recep Tayyip Erdoğan held talks with Russian President Vladimir Putin in Sochi on Monday.", "Erdoğan-Putin talks")]
    [InlineData("Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in Sochi on Monday.", "Erdogan-Putin talks")]
    public void Materialize_LeaderTheKnowledgeBaseSpellsTwoWays_IsNamedAsTheArticleSpellsHim(string sentence, string name)
    {
        var result = Some.Extract("Sep 4, 2023 20:00", "SOCHI, Russia (Wire)", sentence);
        var talks = GraphAssert.EventOf(result.Graph, "leader:recep-tayyip-erdogan", "leader:vladimir-putin");

        Assert.Contains(name, talks.Aliases.Items);
    }

    [Fact]
    public void Materialize_MeetingsOfTwoDates_AreAlsoNamedByTheirShortNamesWithTheirDates()
    {
        var result = Some.Extract("May 24, 2022 20:00", "PRETORIA, May 24 (Wire)",
            "German Chancellor Olaf Scholz held talks with President Cyril Ramaphosa in Pretoria on Tuesday.",
            "The visit comes two years after Angela Merkel held talks with Ramaphosa in Pretoria in February 2020.");
        var earlier = GraphAssert.EventOf(result.Graph, "leader:angela-merkel", "leader:cyril-ramaphosa");
        var today = GraphAssert.EventOf(result.Graph, "leader:olaf-scholz", "leader:cyril-ramaphosa");

        // "the Merkel-Ramaphosa talks in February 2020", "Merkel-Ramaphosa talks in Pretoria (2020)": how readers tell them apart.
        Assert.Superset(
            new HashSet<string>(["Merkel-Ramaphosa talks in February 2020", "Ramaphosa-Merkel meeting in Pretoria February 2020", "Merkel-Ramaphosa talks in Pretoria 2020"]),
            earlier.Aliases.Items.ToHashSet());
        Assert.Contains("Ramaphosa-Scholz talks Pretoria 2022-05-24", today.Aliases.Items); // "Ramaphosa-Scholz talks, Pretoria, 2022-05-24"
        Assert.DoesNotContain(earlier.Aliases.Items, a => a.StartsWith("meeting between", StringComparison.Ordinal) && a.EndsWith("2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Materialize_PhoneCall_IsAlsoNamedByThePairsShortNamesAndItsDate()
    {
        var result = Some.Extract("Aug 4, 2022 09:00", "SEOUL, Aug. 3 (Wire)",
            "South Korean President Yoon Suk Yeol spoke with U.S. President Joe Biden by telephone on Wednesday.");
        var call = GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:joe-biden");

        // "Yoon-Biden phone call", "Biden-Yoon telephone call, August 2022".
        Assert.Superset(
            new HashSet<string>(["Yoon-Biden phone call", "Biden-Yoon telephone call", "Biden-Yoon call", "Biden-Yoon telephone call August 2022"]),
            call.Aliases.Items.ToHashSet());
    }
}
