using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Roles read as the office a leader held ("as Japan's foreign minister"), as the one serving leader of a title ("the premier"), as the name set off after them, or as the one head whose country nothing gave.</summary>
public sealed class RoleResolutionTests
{
    [Fact]
    public void Resolve_RoleAfterAs_IsAnOfficeOfTheSubjectNotAnotherLeaders()
    {
        var result = Some.Extract("Nov 5, 2023 20:00", "PUTRAJAYA, Nov. 5 (Wire)",
            "Malaysian Prime Minister Anwar Ibrahim met Japanese Prime Minister Fumio Kishida on Sunday.",
            "The talks were joined by Foreign Minister Zambry Abd Kadir.",
            "Kishida visited Malaysia in 2015 as Japan's foreign minister.");

        GraphAssert.NoEdge(result.Graph, "LeaderOf", "leader:zambry-abd-kadir", "country:jp");
        Assert.DoesNotContain(result.Graph.NodesOf<Leader>(), l => l.Id == "leader:yoko-kamikawa");
    }

    [Fact]
    public void Resolve_TheSovereign_IsTheStorysKing()
    {
        var result = Some.Extract("Oct 28, 2024 20:00", "RABAT, Oct. 28 (Wire)",
            "King Mohammed VI of Morocco received French President Emmanuel Macron at the Royal Palace on Monday.",
            "The signing took place after talks held in private between the Sovereign and the French Head of State.");

        Assert.Equal(["leader:mohammed-vi"], Some.FirstMention(result, MentionKind.Role, "the Sovereign").NodeIds);
        GraphAssert.EventOf(result.Graph, "leader:mohammed-vi", "leader:emmanuel-macron");
    }

    [Fact]
    public void Resolve_HisMajestyAlone_IsTheStorysSultan()
    {
        var result = Some.Extract("Feb 7, 2025 10:00", "BEIJING, CHINA –",
            "His Majesty Sultan Haji Hassanal Bolkiah held a bilateral meeting with President Xi Jinping on Thursday.",
            "The meeting took place during His Majesty's visit to the PRC.",
            "His Majesty and President Xi further touched on cooperation in the digital economy.");

        Assert.Equal(["leader:hassanal-bolkiah"], Some.FirstMention(result, MentionKind.Role, "His Majesty").NodeIds);
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:hassanal-bolkiah", visit.Id);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:hassanal-bolkiah", "leader:xi-jinping");
        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, visit.Id);
    }

    [Fact]
    public void Find_HisMajestyBeforeATitleAndName_IsAStyleNotARole()
    {
        var result = Some.Extract("May 24, 2024 10:00", "MOSCOW:",
            "His Majesty King Hamad held talks yesterday with Russian President Vladimir Putin at the Kremlin.");

        Assert.DoesNotContain(result.Sentences.SelectMany(s => s.MentionsOf(MentionKind.Role)), m => m.Text.Contains("Majesty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The premier was welcomed with a formal ceremony at Government House.", true)]
    [InlineData("The former premier was welcomed with a formal ceremony at Government House.", false)]
    public void Resolve_TitleOfOneServingLeaderAndOfOthersWhoLeftOffice_IsTheServingOneUnlessCalledFormer(string sentence, bool serving)
    {
        var result = Some.Extract("Jun 13, 2024 20:00", "WELLINGTON, June 13 (Wire)",
            "Prime Minister Christopher Luxon hosted Chinese Premier Li Qiang for talks in Wellington on Thursday.",
            "The last Chinese premier to visit was Li Keqiang, who travelled to New Zealand in 2017.",
            sentence);

        Assert.Equal(serving, Some.FirstMention(result, MentionKind.Role, sentence.Split(" was")[0]).NodeIds.SequenceEqual(["leader:li-qiang"]));
    }

    [Theory]
    [InlineData("The President also held talks with Indian Prime Minister Narendra Modi.", true)]
    [InlineData("On Monday, the President also held talks with Indian Prime Minister Narendra Modi.", false)]
    public void Resolve_RoleFittingSeveralLeadersOpeningASentence_IsTheSubjectOfTheSentenceBefore(string sentence, bool resolved)
    {
        var result = Some.Extract("Nov 20, 2024 09:00", "RIO DE JANEIRO, Nov. 19 (Wire) --",
            "Argentine President Javier Milei held his first meeting with Chinese President Xi Jinping on Tuesday.",
            "The meeting with Xi was one of several Milei held in Rio.",
            sentence);

        var role = Assert.Single(result.Sentences[^1].MentionsOf(MentionKind.Role));
        Assert.Equal(resolved ? ["leader:javier-milei"] : [], role.NodeIds);
    }

    [Fact]
    public void Resolve_RoleSetOffBeforeAName_IsThatNameNotTheLeaderBeforeIt()
    {
        var sentence = "President Ade Okonkwo and the Chinese President, Xi Jinping, on Tuesday agreed to lift relations to a strategic partnership.";
        var result = Some.Extract("Sep 3, 2024 20:00", "BEIJING, Sept. 3 (Wire)", sentence);

        Assert.Equal(["leader:xi-jinping"], Some.FirstMention(result, MentionKind.Role, "the Chinese President").NodeIds);
        GraphAssert.NoEdge(result.Graph, "LeaderOf", "leader:ade-okonkwo", "country:cn");
    }

    [Theory]
    [InlineData("The Nigerian leader", true)]
    [InlineData("The Nigerian foreign minister", false)]
    public void Resolve_LeaderOfACountryAfterOneHeadWithoutACountry_IsThatHeadOfThatCountry(string role, bool resolved)
    {
        var result = Some.Extract("Sep 3, 2024 20:00", "BEIJING, Sept. 3 (Wire)",
            "Chinese President Xi Jinping held talks with President Ade Okonkwo on Tuesday.",
            $"{role} said the trip was his second to China.");

        Assert.Equal(resolved, Some.FirstMention(result, MentionKind.Role, role).NodeIds.SequenceEqual(["leader:ade-okonkwo"]));
        Assert.Equal(resolved, result.Graph.EdgesOf<LeaderOf>().Any(e => e.Source.Id == "leader:ade-okonkwo" && e.Target.Id == "country:ng"));
    }

    [Theory]
    [InlineData("then Indian prime minister Tomas Halloran")]
    [InlineData("former Indian prime minister Tomas Halloran")]
    public void Resolve_RoleAfterAFormerHolderCalledSoInLowerCase_IsTheServingLeader(string former)
    {
        var result = Some.Extract("Jun 22, 2024 20:00", "NEW DELHI, June 22 (Wire)",
            "Bangladesh Prime Minister Sheikh Hasina held talks with Indian Prime Minister Narendra Modi on Saturday.",
            $"Hasina had signed the treaty in 1996 with {former}.",
            "\"Bangladesh is a trusted friend,\" the Indian prime minister said.");

        var role = Some.FirstMention(result, MentionKind.Role, "the Indian prime minister");
        Assert.Equal(["leader:narendra-modi"], role.NodeIds);
    }

    [Fact]
    public void Resolve_IndefiniteRole_NamesNoLeader()
    {
        var result = Some.Extract("Feb 10, 2023 21:00", "WASHINGTON (Wire)",
            "Brazilian President Luiz Inacio Lula da Silva met US President Joe Biden at the White House on Friday.",
            "The last meeting between Biden and a Brazilian president took place in June 2022, when Bolsonaro met him in Los Angeles.");

        Assert.DoesNotContain(result.Sentences[^1].MentionsOf(MentionKind.Role), m => m.Text == "a Brazilian president");
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Date == new PartialDate(2022, 6)
            && result.Graph.Edges.Any(x => x.Kind == "ParticipatedIn" && x.Source.Id == "leader:luiz-inacio-lula-da-silva" && x.Target.Id == e.Id));
    }

    [Theory]
    [InlineData("Ghazouani later told reporters the visit had gone well.", "leader:mohamed-ould-ghazouani")]
    [InlineData("Prime Minister Mohamed Ould Bilal later told reporters the visit had gone well.", "leader:mohamed-ould-bilal")]
    public void Resolve_CountrysLeaderWithAPresidentAndAPrimeMinisterNamed_IsTheOneNamedMost(string between, string expected)
    {
        var result = Some.Extract("Apr 18, 2024 20:00", "NOUAKCHOTT, April 18 (Wire) --",
            "President Mohamed Ould Ghazouani welcomed Senegalese President Bassirou Diomaye Faye at the airport on Thursday.",
            "Ghazouani was accompanied by Prime Minister Mohamed Ould Bilal.",
            between,
            "The Mauritanian leader had telephoned Faye after his election last month.");

        Assert.Equal([expected], Some.FirstMention(result, MentionKind.Role, "The Mauritanian leader").NodeIds);
    }

    [Theory]
    [InlineData("The President of the Republic also stressed the need to organise voluntary returns.", "The President of the Republic", "leader:kais-saied")]
    [InlineData("Later the President of the Republic, Kais Saied, received the delegation.", "Kais Saied", "leader:kais-saied")]
    public void Resolve_PresidentOfTheRepublicNamingNoRepublic_IsTheStorysPresidentOrTheNameSetOffAfterIt(string sentence, string text, string leader)
    {
        var result = Some.Extract("17/04/2024 17:05", "TUNIS, April 17 (TAP) -",
            "President of the Republic Kais Saied received on Wednesday at Carthage Palace Italian Prime Minister Giorgia Meloni.", sentence);
        var s = result.Sentences[^1];

        Assert.Equal([leader], s.Mentions.Single(m => m.Text == text && m.Kind is MentionKind.Role or MentionKind.Leader).NodeIds);
        Assert.DoesNotContain(s.MentionsOf(MentionKind.Role), r => r.Text.StartsWith("the President", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_PremierOfACountryWithAPrimeMinister_IsThePrimeMinister()
    {
        var result = Some.Extract("May 17, 2015 20:00", "ULAANBAATAR, May 17 (Wire)",
            "Indian Prime Minister Narendra Modi and Mongolian Prime Minister Chimediin Saikhanbileg agreed on Sunday to raise ties.",
            "The Indian premier landed in Ulaanbaatar early on Sunday.");

        Assert.Equal(["leader:narendra-modi"], Some.FirstMention(result, MentionKind.Role, "The Indian premier").NodeIds);
    }

    [Theory]
    [InlineData("Following the talks, Saikhanbileg and his guest witnessed the signing of 14 agreements.", "his guest")]
    [InlineData("The guest was also received by President Tsakhiagiin Elbegdorj at the State Palace.", "The guest")]
    public void Resolve_GuestWithoutACountry_IsTheLeaderOfThePairWhoIsNotTheHost(string sentence, string guest)
    {
        var result = Some.Extract("May 17, 2015 20:00", "ULAANBAATAR, May 17 (Wire)",
            "Indian Prime Minister Narendra Modi and Mongolian Prime Minister Chimediin Saikhanbileg agreed on Sunday to raise ties.",
            sentence);

        Assert.Equal(["leader:narendra-modi"], Some.FirstMention(result, MentionKind.Role, guest).NodeIds);
    }

    [Fact]
    public void Resolve_GuestNamedAfterTheNoun_IsNoRole()
    {
        var result = Some.Extract("May 17, 2015 20:00", "ULAANBAATAR, May 17 (Wire)",
            "Mongolian Prime Minister Chimediin Saikhanbileg welcomed his guest, Indian Prime Minister Narendra Modi, on Sunday.");

        Assert.DoesNotContain(result.Sentences.SelectMany(s => s.Mentions), m => m.Kind == MentionKind.Role && m.Text == "his guest");
    }

    [Fact]
    public void Resolve_TwoMenAfterThePontiffAndAGuest_AreThePopeAndTheGuest()
    {
        var result = Some.Extract("Feb 12, 2024 20:00", "ROME, Feb. 12 (Wire)",
            "President Javier Milei was received on Monday by Italian Prime Minister Giorgia Meloni in Rome.",
            "On Sunday, Pope Francis presided over a canonization Mass, which the president attended.",
            "At the end of that Mass, the pontiff and Milei exchanged a brief greeting.",
            "On Monday morning, the two men met again for a private audience at the Apostolic Palace.");

        Assert.Equal(["leader:javier-milei", "leader:pope-francis"], Some.FirstMention(result, MentionKind.LeaderGroup, "the two men").NodeIds.Order(StringComparer.Ordinal));
    }
}
