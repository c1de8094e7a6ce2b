using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class WelcomeCeremonyTests
{
    private static Event Welcome(ExtractionResult result) =>
        GraphAssert.OccasionNamed(result.Graph, "welcome ceremony");

    [Fact]
    public void Apply_HostReceivesTheGuestWithACeremony_BothTakePartAndItIsPartOfTheGuestsVisit()
    {
        var result = Some.Extract("Apr 14, 2023 20:00", "BEIJING, April 14 (Wire)",
            "Chinese President Xi Jinping will pay a state visit to Brazil next year, officials said on Friday.",
            "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday for a state visit to China.",
            "Xi received the Brazilian president with an official welcome ceremony on Friday.");

        var welcome = Welcome(result);
        Assert.Equal("welcome ceremony for Luiz Inácio Lula da Silva", welcome.Name);
        Assert.Contains("an official welcome ceremony", welcome.Aliases.Items);
        Assert.Contains("official welcome ceremony", welcome.Aliases.Items); // as readers name it, without the article
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:luiz-inacio-lula-da-silva", welcome.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", welcome.Id);
        var partOf = Assert.Single(result.Graph.Edges, e => e.Kind == "PartOf" && e.Source.Id == welcome.Id);
        Assert.EndsWith("visit-luiz-inacio-lula-da-silva-cn", partOf.Target.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_GuestAccordedAWelcomeAfterAWhoClauseNamingAnother_IsTheSubjectNotTheOneInTheClause()
    {
        var result = Some.Extract("Oct 9, 2023 20:00", "NEW DELHI, Oct 9 (Wire)",
            "Tanzanian President Samia Suluhu Hassan held talks with Prime Minister Narendra Modi on Monday.",
            "Earlier in the day, the Tanzanian leader, who is in India at the invitation of President Droupadi Murmu, was accorded a ceremonial welcome at Rashtrapati Bhavan.");

        Assert.Equal("welcome ceremony for Samia Suluhu Hassan", Welcome(result).Name);
    }

    [Fact]
    public void Apply_GuestGivenACeremonialWelcome_TheGuestAndThoseWhoReceivedThemTakePart()
    {
        var result = Some.Extract("Jan 25, 2023 20:00", "NEW DELHI, Jan. 25 (Wire)",
            "Egyptian President Abdel-Fattah El-Sisi met Indian Prime Minister Narendra Modi in New Delhi on Wednesday.",
            "Earlier, the Egyptian president was given a ceremonial welcome at Rashtrapati Bhavan, where he was received by Indian President Droupadi Murmu and Prime Minister Modi.");

        var welcome = Welcome(result);
        Assert.Contains("a ceremonial welcome", welcome.Aliases.Items);
        Assert.Equal(3, result.Graph.Edges.Count(e => e.Kind == "ParticipatedIn" && e.Target.Id == welcome.Id));
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:droupadi-murmu", welcome.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", welcome.Id, "place:rashtrapati-bhavan");
    }

    [Fact]
    public void Apply_CeremonyForTheGuestHostedByALeader_TheHostTakesPart()
    {
        var result = Some.Extract("Aug 19, 2024 21:26", "BEIJING, Aug. 19 (Wire)",
            "Vietnamese leader To Lam held talks with Chinese President Xi Jinping in Beijing on Monday.",
            "The talks took place after an official welcome ceremony for the Vietnamese leader hosted by Xi at the Great Hall.");

        var welcome = Welcome(result);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:to-lam", welcome.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", welcome.Id);
    }

    [Fact]
    public void Apply_CeremonyHeldForTheGuest_NamesItForTheGuest()
    {
        var result = Some.Extract("Jul 3, 2024 14:00", "ASTANA, July 3 (Wire)",
            "President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Astana on Wednesday.",
            "An official welcome ceremony was held for the Chinese leader.");

        var welcome = Welcome(result);
        Assert.Equal("welcome ceremony for Xi Jinping", welcome.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", welcome.Id);
    }

    [Theory]
    [InlineData("Lula was given a warm welcome by students.")]
    [InlineData("Lula and Xi attended a signing ceremony.")]
    [InlineData("Lula and Xi attended an official ceremony marking 50 years of ties.")]
    [InlineData("Xi said Lula was welcome to visit again.")]
    public void Apply_WelcomeOrCeremonyOfNoWelcoming_IsNoWelcomeCeremony(string sentence)
    {
        var result = Some.Extract("Apr 14, 2023 20:00", "BEIJING, April 14 (Wire)",
            "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday for a state visit to China.",
            sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.StartsWith("welcome ceremony", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Xi hosted a welcoming ceremony and a banquet for his guest on Monday.")]
    [InlineData("Xi held a welcoming ceremony at the Great Hall of the People on Monday.")]
    public void Apply_HostOnAVisitOfTheirOwnHostsAWelcomeForAnUnnamedGuest_NoWelcomeForTheHost(string sentence)
    {
        var result = Some.Extract("Mar 28, 2018 20:00", "BEIJING, March 28 (Wire)",
            "Chinese President Xi Jinping accepted an invitation to visit North Korea.",
            "North Korean leader Kim Jong Un made a secret trip to Beijing this week.",
            sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name == "welcome ceremony for Xi Jinping");
    }

    [Fact]
    public void Apply_HostHostsAWelcomeForANamedGuest_TheWelcomeIsTheGuests()
    {
        var result = Some.Extract("Mar 28, 2018 20:00", "BEIJING, March 28 (Wire)",
            "Chinese President Xi Jinping hosted a welcoming ceremony for North Korean leader Kim Jong Un on Monday.");

        var welcome = Welcome(result);
        Assert.Equal("welcome ceremony for Kim Jong Un", welcome.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", welcome.Id);
    }

    [Fact]
    public void Apply_TwoHostsReceiveTheGuestWithACeremonialWelcome_AllTakePartInTheWelcomeAndNoSummitOfThree()
    {
        var result = Some.Extract("Jun 22, 2024 16:48", "NEW DELHI, June 22 (Wire)",
            "Prime Minister Sheikh Hasina and Indian Prime Minister Narendra Modi held talks at Hyderabad House on Saturday.",
            "Earlier in the morning, President Droupadi Murmu and Modi received Hasina with a ceremonial welcome at the forecourt of Rashtrapati Bhavan.");

        var welcome = Welcome(result);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:droupadi-murmu", welcome.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:sheikh-hasina", welcome.Id);
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);
    }
}
