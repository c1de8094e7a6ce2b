using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class VisitNamesTests
{
    [Fact]
    public void Apply_RoleOwnsAnEarlierVisit_IsThatLeadersVisitNamedFromTheRoleAndYear()
    {
        var result = Some.Extract("Mar 31, 2023 20:00", "BEIJING, March 31 (Wire)",
            "Malaysian Prime Minister Anwar Ibrahim met Chinese President Xi Jinping on Friday.",
            "Their partnership was established during the Chinese leader's visit to Kuala Lumpur in 2013.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Xi Jinping to Malaysia", visit.Name);
        Assert.Contains("the Chinese leader's visit", visit.Aliases.Items);
        Assert.Contains("visit by Xi Jinping to Kuala Lumpur in 2013", visit.Aliases.Items);
        Assert.DoesNotContain("leader's visit", visit.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", visit.Id);
    }

    [Fact]
    public void Apply_VisitOwnedByAWordOfTime_IsAlsoNamedWithoutIt()
    {
        var result = Some.Extract("Mar 17, 2023 20:00", "HELSINKI (Wire)",
            "Finnish President Sauli Niinistö met Turkish President Recep Tayyip Erdogan in Ankara on Friday.",
            "Foreign Minister Pekka Haavisto accompanied Niinistö on this week's two-day working visit to Turkey.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Contains("two-day working visit to Turkey", visit.Aliases.Items);
    }

    [Fact]
    public void Apply_VisitToAPlaceByAVisitor_IsAlsoNamedWithoutTheVisitor()
    {
        var result = Some.Extract("Jul 28, 2023 20:00", "WASHINGTON, July 28 (Wire)",
            "Italian Prime Minister Giorgia Meloni met U.S. President Joe Biden on Thursday.",
            "Italy signed the memorandum in 2019 during a state visit to Rome by Chinese President Xi Jinping.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Contains("a state visit to Rome by Chinese President Xi Jinping", visit.Aliases.Items);
        Assert.Contains("a state visit to Rome", visit.Aliases.Items);
    }

    [Theory]
    [InlineData("a state visit to Rome by Chinese President Xi Jinping", "a state visit to Rome")]
    [InlineData("a visit by Xi to Rome", null)]
    [InlineData("a state visit to Rome", null)]
    public void WithoutVisitor_PhraseWithAVisitorAfterItsDestination_IsThePhraseBeforeIt(string phrase, string? expected) =>
        Assert.Equal(expected, RelationsGraph.Extraction.Rules.VisitPhrases.WithoutVisitor(phrase));

    [Fact]
    public void Materialize_Visit_IsAlsoNamedByTheVisitorsFullAndShortNameToCountryAndCity()
    {
        var result = Some.Extract("Dec 12, 2023 20:00", "HANOI, Dec. 12 (Wire)",
            "Chinese President Xi Jinping arrived in Hanoi on Tuesday for a two-day state visit to Vietnam.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Superset(
            new HashSet<string>(["Xi Jinping's visit to Vietnam", "Xi Jinping's state visit to Vietnam", "Xi's visit to Hanoi", "Xi's state visit to Vietnam", "Xi visit to Hanoi", "Xi Jinping state visit to Vietnam", "Xi's 2023 visit to Hanoi", "Xi's 2023 state visit to Vietnam"]),
            visit.Aliases.Items.ToHashSet());
    }

    [Fact]
    public void Apply_TheVisitAfterAnEarlierYearsVisit_NamesTheVisitOfTheStory()
    {
        var result = Some.Extract("Mar 31, 2023 20:00", "BEIJING, March 31 (Wire)",
            "Malaysian Prime Minister Anwar Ibrahim, who is on an official visit to China, met Chinese President Xi Jinping on Friday.",
            "Their partnership was established during the Chinese leader's visit to Kuala Lumpur in 2013.",
            "Officials said the visit would bring investment.");
        var visits = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Visit).ToDictionary(e => e.Name);

        Assert.Contains("the visit", visits["visit by Anwar Ibrahim to China"].Aliases.Items);
        Assert.DoesNotContain("the visit", visits["visit by Xi Jinping to Malaysia"].Aliases.Items);
    }

    [Fact]
    public void Apply_TripOfALeaderToACity_IsThatLeadersVisitNotTheStorys()
    {
        var result = Some.Extract("Mar 21, 2023 20:00", "KYIV, March 21 (Wire)",
            "Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday on an unannounced visit.",
            "The visit coincided with the trip of Chinese President Xi Jinping to Moscow.");
        var visits = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Visit).ToDictionary(e => e.Name);

        Assert.Equal(["visit by Fumio Kishida to Ukraine", "visit by Xi Jinping to Russia"], visits.Keys.Order(StringComparer.Ordinal));
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", visits["visit by Xi Jinping to Russia"].Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", visits["visit by Xi Jinping to Russia"].Id, "place:moscow");
        Assert.DoesNotContain("the trip", visits["visit by Fumio Kishida to Ukraine"].Aliases.Items);
    }

    [Theory]
    [InlineData("That trip marked the end of a long freeze.", "visit by Anthony Albanese to China")]
    [InlineData("The trip marked the end of a long freeze.", "visit by Li Qiang to Australia")]
    public void Apply_ThatTripAfterAnEarlierVisit_IsTheEarlierVisitWhereTheTripIsTheStorys(string sentence, string named)
    {
        var result = Some.Extract("Jun 17, 2024 20:00", "CANBERRA, June 17 (Wire)",
            "Chinese Premier Li Qiang, who is on an official visit to Australia, met Prime Minister Anthony Albanese at Parliament House in Canberra on Monday.",
            "His trip follows Albanese's own visit to China last November.",
            sentence);
        var visits = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Visit).ToDictionary(e => e.Name);

        var alias = string.Join(' ', sentence.Split(' ')[..2]);
        Assert.Contains(alias, visits[named].Aliases.Items);
        Assert.Single(visits.Values, v => v.Aliases.Items.Contains(alias));
    }

    [Fact]
    public void Apply_AnotherLeadersVisitWithoutDestination_IsNoNameOfTheStorysVisit()
    {
        var result = Some.Extract("Oct 25, 2023 20:00", "WASHINGTON, Oct. 25 (Wire)",
            "Australian Prime Minister Anthony Albanese, who is on an official visit to the United States, met US President Joe Biden at the White House on Wednesday.",
            "It is the grandest welcome for an Australian leader since former prime minister Scott Morrison's official visit in September 2019.",
            "Albanese's official visit ends on Friday.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Name.Contains("Anthony Albanese", StringComparison.Ordinal));

        Assert.DoesNotContain(visit.Aliases.Items, a => a.Contains("Morrison", StringComparison.Ordinal));
        Assert.Contains("Albanese's official visit", visit.Aliases.Items);
    }

    [Theory]
    [InlineData("Announcing the trip on Aug. 12, the presidential office said the alliance would be discussed.", true)]
    [InlineData("Announcing the Tokyo trip on Aug. 12, the presidential office said the alliance would be discussed.", false)]
    public void Apply_BareTripAfterAnotherStop_IsTheVisitOfTheStorysMainEvent(string sentence, bool story)
    {
        var result = Some.Extract("Aug 26, 2025 09:00", "WASHINGTON, Aug. 25 (Wire)",
            "U.S. President Donald Trump welcomed South Korean President Lee Jae-myung to the White House in Washington on Monday for their first summit.",
            "Lee arrived in Washington on Sunday after wrapping up his visit to Tokyo.",
            sentence);

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Aliases.Items.Any(a => a.Contains("trip", StringComparison.Ordinal)));
        Assert.Equal(story, result.Graph.EdgesOf<PartOf>().Any(p => p.Target.Id == visit.Id));
    }
}
