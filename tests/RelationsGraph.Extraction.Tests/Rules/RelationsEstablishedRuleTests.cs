using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class RelationsEstablishedRuleTests
{
    private static Event Establishment(ExtractionResult result) =>
        GraphAssert.OccasionNamed(result.Graph, "diplomatic relations");

    [Fact]
    public void Apply_TwoCountriesEstablishedRelationsInAYear_IsTheirEstablishmentOfRelationsThen()
    {
        var result = Some.Story("China and the ROK established diplomatic relations in 1992.");

        var established = Establishment(result);
        Assert.Equal("establishment of diplomatic relations between China and South Korea", established.Name);
        Assert.Equal(new PartialDate(1992), established.Date);
        Assert.Contains("established diplomatic relations in 1992", established.Aliases.Items);
        Assert.Contains("establishment of China-ROK diplomatic relations 1992", established.Aliases.Items);
        Assert.Contains("establishment of South Korea-China diplomatic relations", established.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:cn", established.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:kr", established.Id);
    }

    [Theory]
    [InlineData("Beijing and Seoul formally established diplomatic ties in 1992.")]
    [InlineData("South Korea and China have established full diplomatic relations in 1992.")]
    [InlineData("South Korea and China set up diplomatic ties in August 1992, and this year marks the 25th anniversary.")]
    public void Apply_CountriesByCapitalOrWithAnAuxiliary_EstablishedRelations(string sentence)
    {
        var established = Establishment(Some.Story(sentence));

        Assert.Equal(1992, established.Date?.Year);
    }

    [Fact]
    public void Apply_TheTwoCountriesEstablishedRelations_AreTheSidesInFocus()
    {
        var result = Some.Extract("Mar 31, 2023 21:48", "BEIJING (Wire)",
            "Singapore and China raised their relationship to a new level on Friday.",
            "The two countries established diplomatic relations in 1990.");

        var established = Establishment(result);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:sg", established.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:cn", established.Id);
        Assert.Equal(new PartialDate(1990), established.Date);
    }

    [Fact]
    public void Apply_RelationsNormalisedAndToldAgainWithADate_IsOneNormalisationSpeltAsWritten()
    {
        var result = Some.Story(
            "Vietnam and the United States normalised diplomatic relations two decades after the war.",
            "Vietnam and the United States normalised diplomatic relations in 1995.");

        var normalised = Establishment(result);
        Assert.Equal("normalisation of diplomatic relations between Vietnam and United States", normalised.Name);
        Assert.Equal(new PartialDate(1995), normalised.Date);
    }

    [Theory]
    [InlineData("China and the ROK established a joint committee in 1992.")]
    [InlineData("The two leaders established good personal relations in 2019.")]
    [InlineData("Samsung established business ties with China in 1992.")]
    [InlineData("China and the ROK set up a joint committee in 1992.")]
    [InlineData("China established diplomatic relations with many countries in 1992.")]
    public void Apply_NoTwoCountriesEstablishingRelations_IsNoEvent(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.Contains("diplomatic relations", StringComparison.Ordinal));
    }
}
