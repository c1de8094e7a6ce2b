using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class TourRuleTests
{
    private static Event? Tour(KnowledgeGraph graph) => graph.NodesOf<Event>().SingleOrDefault(e => e.Name.StartsWith("tour by", StringComparison.Ordinal));

    [Theory]
    [InlineData("Harris arrived in the capital for the final leg of a three-nation tour of Africa.", "a three-nation tour of Africa")]
    [InlineData("The visit is part of Kishida's tour of G7 capitals.", "Kishida's tour of G7 capitals")]
    [InlineData("Kishida is on a tour of Saudi Arabia, the United Arab Emirates and Qatar.", "a tour of Saudi Arabia, the United Arab Emirates and Qatar")]
    [InlineData("Kishida wrapped up his four-nation African tour on Sunday.", "his four-nation African tour")]
    public void Apply_TourOfSeveralCountries_IsAnEventOfItsTravellerNamedByItsPhrase(string sentence, string phrase)
    {
        var result = Some.Extract("May 3, 2023 20:00", "NAIROBI (Wire)", "Japanese Prime Minister Fumio Kishida met U.S. Vice President Kamala Harris on Wednesday.", sentence);

        var tour = Tour(result.Graph);
        Assert.NotNull(tour);
        Assert.Contains(phrase, tour.Aliases.Items);
        var traveller = sentence.StartsWith("Harris", StringComparison.Ordinal) ? "leader:kamala-harris" : "leader:fumio-kishida";
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", traveller, tour.Id);
    }

    [Theory]
    [InlineData("Macron began a three-day tour of Brazil on Tuesday.")]
    [InlineData("The tour ended on Sunday.")]
    [InlineData("Netanyahu will tour the Taj Mahal in Agra.")]
    [InlineData("Macron and Harris took a tour of NASA headquarters.")]
    public void Apply_TourOfOneCountryOrPlaceOrToldBefore_IsNoTour(string sentence)
    {
        var result = Some.Extract("Mar 26, 2024 20:00", "BRASILIA (Wire)", "French President Emmanuel Macron met Brazilian President Luiz Inácio Lula da Silva on Tuesday.", sentence);

        Assert.Null(Tour(result.Graph));
    }

    [Fact]
    public void Apply_VisitTheSentenceTells_IsPartOfTheTour()
    {
        var result = Some.Extract("May 3, 2023 20:00", "NAIROBI (Wire)",
            "Japanese Prime Minister Fumio Kishida arrived in Nairobi on Wednesday, the third stop of his four-nation African tour.");

        var tour = Tour(result.Graph);
        Assert.NotNull(tour);
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Id != tour.Id);
        GraphAssert.HasEdge(result.Graph, "PartOf", visit.Id, tour.Id);
    }

    [Fact]
    public void Apply_VisitTheStorysMeetingIsPartOf_IsPartOfTheTourToldElsewhere()
    {
        var result = Some.Extract("May 3, 2023 20:00", "NAIROBI, May 3 (Wire)",
            "Japanese Prime Minister Fumio Kishida held talks with Kenyan President William Ruto in Nairobi on Wednesday during his official visit to Kenya.",
            "Kenya is the third stop of Kishida's four-nation African tour.");

        var tour = Tour(result.Graph);
        Assert.NotNull(tour);
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Id != tour.Id);
        GraphAssert.HasEdge(result.Graph, "PartOf", visit.Id, tour.Id);
    }
}
