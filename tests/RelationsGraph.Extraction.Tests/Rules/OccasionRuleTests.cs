using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class OccasionRuleTests
{
    /// <summary>Checks the article's one occasion: its name, one of its aliases and the leaders who take part.</summary>
    private static void AssertOccasion(ExtractionResult result, string name, string alias, params string[] participants)
    {
        var occasion = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
        Assert.Equal(name, occasion.Name);
        Assert.Contains(alias, occasion.Aliases.Items);
        foreach (var leader in participants)
        {
            GraphAssert.HasEdge(result.Graph, "ParticipatedIn", leader, occasion.Id);
        }
    }

    [Fact]
    public void Apply_LeaderAttendsAStateFuneral_TakesPartButTheDeceasedDoesNot()
    {
        var result = Some.Extract("Oct 22, 2022 19:00", "PERTH, Australia, Oct. 22 (Wire)",
            "Australian Prime Minister Anthony Albanese went to Tokyo in September to attend the state funeral of former Japanese Prime Minister Shinzo Abe.");

        var funeral = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
        Assert.Equal("state funeral of Shinzo Abe", funeral.Name);
        Assert.Equal(new PartialDate(2022, 9), funeral.Date);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:anthony-albanese", funeral.Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:shinzo-abe");
    }

    [Fact]
    public void Apply_StateDinnerForAGuest_TheHostAndTheGuestTakePart()
    {
        var result = Some.Extract("Apr 10, 2024 23:00", "WASHINGTON, April 10 (Wire)",
            "U.S. President Joe Biden hosted a state dinner for Japanese Prime Minister Fumio Kishida on Wednesday.");

        AssertOccasion(result, "state dinner for Fumio Kishida", "state dinner hosted by Joe Biden for Fumio Kishida", "leader:joe-biden", "leader:fumio-kishida");
    }

    [Fact]
    public void Apply_DinnerHostedByOneOfTheMeetingsTwoLeaders_TheHostAndTheOtherTakePart()
    {
        var result = Some.Extract("Aug 23, 2025 23:00", "TOKYO, Aug. 23 (Wire)",
            "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held talks in Tokyo on Saturday.",
            "The meeting lasted about two hours, including a dinner hosted by Ishiba.");

        AssertOccasion(result, "dinner hosted by Shigeru Ishiba for Lee Jae-myung", "a dinner hosted by Ishiba", "leader:shigeru-ishiba", "leader:lee-jae-myung");
    }

    [Theory]
    [InlineData("Biden then hosted a state dinner in his honour at the White House.")]
    [InlineData("Biden then hosted a state dinner in honor of Modi at the White House.")]
    public void Apply_StateDinnerInAGuestsHonour_TheHostAndTheGuestTakePart(string sentence)
    {
        var result = Some.Extract("Jun 22, 2023 23:00", "WASHINGTON, June 22 (Wire)",
            "US President Joe Biden welcomed Indian Prime Minister Narendra Modi to the White House on Thursday.",
            "Modi addressed Congress later.",
            sentence);

        var dinner = GraphAssert.OccasionNamed(result.Graph, "dinner");
        Assert.Contains("a state dinner", dinner.Aliases.Items);
        Assert.Contains("state dinner", dinner.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joe-biden", dinner.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:narendra-modi", dinner.Id);
    }

    [Theory]
    [InlineData("Macron will host Xi at a state banquet at the Louvre on Monday evening.")]
    [InlineData("Macron and his wife Brigitte were to host Xi and his wife Peng Liyuan at a state banquet at the Louvre on Monday evening.")]
    public void Apply_HostAGuestAtAMeal_TheHostAndTheGuestTakePart(string sentence)
    {
        var result = Some.Extract("May 6, 2024 23:00", "PARIS, May 6 (Wire)",
            "French President Emmanuel Macron met Chinese President Xi Jinping in Paris on Monday.", sentence);

        AssertOccasion(result, "state banquet hosted by Emmanuel Macron for Xi Jinping", "a state banquet", "leader:emmanuel-macron", "leader:xi-jinping");
    }

    [Theory]
    [InlineData("Macron will host Xi at the Louvre, where a state banquet awaits.")]
    [InlineData("Macron spoke at a state banquet at the Louvre on Monday evening.")]
    [InlineData("Macron will host business leaders at a state banquet at the Louvre.")]
    [InlineData("Macron will host, at a state banquet at the Louvre, the leaders of French industry.")]
    [InlineData("Macron will host Xi in a state banquet hall at the Louvre.")]
    public void Apply_MealNoVerbOfHostingReachesWithItsGuests_IsNoEvent(string sentence)
    {
        var result = Some.Extract("May 6, 2024 23:00", "PARIS, May 6 (Wire)",
            "French President Emmanuel Macron met Chinese President Xi Jinping in Paris on Monday.", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
    }

    [Fact]
    public void Apply_DinnerWithoutAHost_IsNoEvent()
    {
        var result = Some.Extract("Aug 23, 2025 23:00", "TOKYO, Aug. 23 (Wire)",
            "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held talks in Tokyo on Saturday.",
            "The meeting lasted about two hours, including a dinner.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
    }

    [Theory]
    [InlineData("Modi and Kishida held talks in Tokyo in September, when the Prime Minister travelled to attend the state funeral of Shinzo Abe.")]
    [InlineData("The state funeral of former Japanese Prime Minister Shinzo Abe drew criticism at home.")]
    [InlineData("Officials said a dinner was planned.")]
    public void Apply_FuneralNoLeaderOfTheClauseAttendsOrOccasionWithoutItsPerson_IsNoEvent(string sentence)
    {
        var result = Some.Extract("Mar 20, 2023 22:00", "NEW DELHI, March 20 (Wire)", "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Monday.", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
    }

    [Fact]
    public void Apply_MealForTheHostsGuestUnnamed_IsNotForTheHost()
    {
        var result = Some.Extract("Mar 28, 2018 20:00", "BEIJING, March 28 (Wire)",
            "North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing on Monday.",
            "Xi hosted a banquet for his guest at the Great Hall of the People.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.Contains("for Xi Jinping", StringComparison.Ordinal));
    }
}
