using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class RepresentedRuleTests
{
    private const string Lead = "Italian Prime Minister Giorgia Meloni met Japanese Prime Minister Fumio Kishida on Thursday.";

    [Fact]
    public void Apply_TheTwoSides_AreTheParticipantsCountries()
    {
        var result = Some.Story(Lead, "The two sides agreed to upgrade ties.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:giorgia-meloni", "leader:fumio-kishida");

        GraphAssert.HasEdge(result.Graph, "Represented", "country:it", meeting.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:jp", meeting.Id);
    }

    [Theory]
    [InlineData("for the first stand-alone summit between the United States, Japan and South Korea.", 3)]
    [InlineData("for the first stand-alone summit between the United States and Japan, with South Korea.", 2)]
    [InlineData("for the first summit between the United States, Japan and China.", 0)]
    [InlineData("for the first summit, between the United States, Japan and South Korea.", 0)]
    [InlineData("for the first summit in the United States, Japan and South Korea.", 0)]
    public void Apply_SummitBetweenCountries_TheyAreItsSides(string rest, int sides)
    {
        var result = Some.Story(
            "President Biden walks with Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David on Friday.",
            "The three leaders met at Camp David " + rest);

        Assert.Equal(sides, result.Graph.EdgesOf<Represented>().Count());
    }

    [Fact]
    public void Apply_CountryNamedButNotASide_IsNotRepresented()
    {
        var result = Some.Story(Lead, "The Chinese side was not consulted, the two leaders said.");

        Assert.DoesNotContain(result.Graph.EdgesOf<Represented>(), e => e.Source.Id == "country:cn");
    }

    [Fact]
    public void Apply_MainMeetingOfTwoLeadersWithNoSidesNamed_EachLeadersCountryWithThatLeadersEvidence()
    {
        var result = Some.Story(Lead, "Meloni said the talks had been useful.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:giorgia-meloni", "leader:fumio-kishida");

        var italy = GraphAssert.HasEdge(result.Graph, "Represented", "country:it", meeting.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:jp", meeting.Id);
        var taking = GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:giorgia-meloni", meeting.Id);
        Assert.Equal(taking.Evidence.Select(e => e.Text), italy.Evidence.Select(e => e.Text));
    }

    [Fact]
    public void Apply_MainCallOfTwoLeadersWithNoSidesNamed_EachLeadersCountry()
    {
        var result = Some.Story("Italian Prime Minister Giorgia Meloni spoke by phone with Japanese Prime Minister Fumio Kishida on Thursday.", "Officials said the call had been useful.");
        var call = GraphAssert.EventOf(result.Graph, "leader:giorgia-meloni", "leader:fumio-kishida");

        GraphAssert.HasEdge(result.Graph, "Represented", "country:it", call.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:jp", call.Id);
    }

    [Fact]
    public void Apply_OneSideNamed_TheOtherLeadersCountryToo()
    {
        var result = Some.Story(Lead, "The Japanese side proposed new talks.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:giorgia-meloni", "leader:fumio-kishida");

        GraphAssert.HasEdge(result.Graph, "Represented", "country:it", meeting.Id);
        var japan = GraphAssert.HasEdge(result.Graph, "Represented", "country:jp", meeting.Id);
        Assert.Contains(japan.Evidence, e => e.Text == "The Japanese side");
    }

    [Theory]
    [InlineData("Japanese Prime Minister Fumio Kishida met Foreign Minister Yoko Kamikawa on Thursday.")]
    [InlineData("Italian Prime Minister Giorgia Meloni met Japanese Prime Minister Fumio Kishida and President Biden on Thursday.")]
    public void Apply_MainMeetingOfOneCountryOrOfThreeLeaders_NoSidesUnnamed(string lead)
    {
        var result = Some.Story(lead, "Officials said the talks had been useful.");

        Assert.Empty(result.Graph.EdgesOf<Represented>());
    }
}
