using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class LocatedInRuleTests
{
    [Fact]
    public void Apply_PlaceFollowedByItsCountry_IsLocatedInIt()
    {
        var result = Some.Story("Delegates gathered in Davos, Switzerland, on Thursday.");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "LocatedIn", "place:davos", "country:ch").Evidence, e => e.Text == "Davos, Switzerland");
    }

    [Theory]
    [InlineData("Erdogan met Putin in Astana, the capital of Kazakhstan, on Wednesday.", "Astana, the capital of Kazakhstan")]
    [InlineData("Erdogan met Putin in Astana, capital of Kazakhstan, on Wednesday.", "Astana, capital of Kazakhstan")]
    public void Apply_CitySetOffAsTheCapitalOfACountry_IsLocatedInIt(string sentence, string evidence)
    {
        var result = Some.Story(sentence);

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "LocatedIn", "place:astana", "country:kz").Evidence, e => e.Text == evidence);
    }

    [Fact]
    public void Apply_CitySetOffAsTheCapitalOfACountrysRegion_StatesNoLocationInTheCountry()
    {
        var result = Some.Story("The leaders met in Kazan, the capital of Russia's Tatarstan republic, on Tuesday.");

        GraphAssert.NoEdge(result.Graph, "LocatedIn", "place:kazan", "country:ru");
    }

    [Theory]
    [InlineData("Hours before Yoon's plane landed at Haneda Airport, North Korea fired a missile.", false)]
    [InlineData("Yoon's plane landed at Haneda Airport, Japan, on Thursday.", true)]
    [InlineData("Yoon's plane landed at Haneda Airport, Japan's main airport for domestic flights.", true)]
    public void Apply_PlaceBeforeACountryThatStartsAClause_IsNotLocatedInIt(string sentence, bool japan)
    {
        var result = Some.Story(sentence);

        GraphAssert.NoEdge(result.Graph, "LocatedIn", "place:haneda-airport", "country:kp");
        Assert.Equal(japan, result.Graph.Edges.Any(e => e.Kind == "LocatedIn" && e.Source.Id == "place:haneda-airport" && e.Target.Id == "country:jp"));
    }

    [Fact]
    public void Apply_PlaceBeforeItsCountryAsACapital_IsLocatedInIt()
    {
        var result = Some.Story("The institute will open a campus in Abu Dhabi, the UAE capital, under a memorandum.");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "LocatedIn", "place:abu-dhabi", "country:ae").Evidence, e => e.Text == "Abu Dhabi, the UAE");
    }

    [Fact]
    public void Apply_DatelineWithItsCountry_IsLocatedInIt()
    {
        var result = Some.Extract("Nov 16, 2022 10:00", "NUSA DUA, Indonesia, Nov. 15 (Wire)", "The summit opened.");

        GraphAssert.HasEdge(result.Graph, "LocatedIn", "place:nusa-dua", "country:id");
    }

    [Fact]
    public void Apply_CapitalAndAPossessiveCountry_StateNoLocation()
    {
        var result = Some.Story("Officials met in Paris to discuss France's budget.");

        Assert.DoesNotContain(GraphAssert.HasEdge(result.Graph, "LocatedIn", "place:paris", "country:fr").Evidence, e => !e.IsReference);
    }

    [Fact]
    public void Apply_CapitalNamedBesideAVisitToItsCountry_StatesNoLocation()
    {
        var result = Some.Story("The prime minister arrived in Bangkok on Thursday for a visit to Thailand.");

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "LocatedIn" && e.Evidence.Any(x => !x.IsReference));
    }

    [Theory]
    [InlineData("Yoon held talks with Kishida in the Lithuanian capital on Wednesday.", "place:vilnius", "country:lt", "Lithuanian capital")]
    [InlineData("The two leaders met on the Indonesian island of Bali in November.", "place:bali", "country:id", "Indonesian island of Bali")]
    public void Apply_PlaceQualifiedByItsCountrysDemonym_IsLocatedInIt(string sentence, string place, string country, string evidence)
    {
        var result = Some.Story(sentence);

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "LocatedIn", place, country).Evidence, e => e.Text == evidence);
    }

    [Theory]
    [InlineData("The two leaders met on the Indonesian side of the island of Bali.")]
    [InlineData("Indonesian officials said the island of Bali was ready.")]
    [InlineData("The Chinese architect of Diaoyutai State Guesthouse gave the leaders a tour.")]
    [InlineData("The report wrongly placed the summit on the Malaysian island of Bali.")]
    public void Apply_DemonymNotQualifyingThePlace_StatesNoLocation(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "LocatedIn" && e.Evidence.Any(x => !x.IsReference));
    }
}
