using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class AnniversaryRuleTests
{
    private const string Treaty = "treaty:japan-us-security-treaty";

    [Fact]
    public void Apply_AnniversaryOfSigningInTheRightYear_CommemoratesTheTreaty()
    {
        var result = Some.Extract("Jan 20, 2020 10:00", "TOKYO, Jan. 19 (Wire)",
            "Sunday marked the 60th anniversary of the signing of the Japan-U.S. Security Treaty, and officials held a ceremony.");
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>());

        Assert.Equal(EventKind.Anniversary, anniversary.EventKind);
        Assert.Equal("60th anniversary of the signing of the Japan-U.S. Security Treaty", anniversary.Name);
        Assert.Equal(new PartialDate(2020), anniversary.Date);
        var commemorates = (Commemorates)GraphAssert.HasEdge(result.Graph, "Commemorates", anniversary.Id, Treaty);
        Assert.Equal(60, commemorates.Anniversary);
    }

    [Fact]
    public void Apply_YearOfWhatTheAnniversaryMarks_IsNotTheAnniversarysYear()
    {
        var result = Some.Extract("Sep 10, 2023 22:05", "HANOI (Wire)",
            "The visit coincided with the 10th anniversary of the Vietnam-US Comprehensive Partnership, set up in 2013.");
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Anniversary);

        Assert.Equal(new PartialDate(2023), anniversary.Date);
    }

    [Theory]
    [InlineData("The two leaders met with the 25th anniversary of the Good Friday Agreement fast approaching.", "25th anniversary of the Good Friday Agreement")]
    [InlineData("The two sides agreed to seize the opportunity of the 25th anniversary of the Good Friday Agreement to bring ties back on track.", "25th anniversary of the Good Friday Agreement")]
    public void Apply_AnniversaryOfADocumentBeforeAPhrase_EndsWithTheDocument(string sentence, string name)
    {
        var result = Some.Extract("Mar 17, 2023 22:14", "WASHINGTON (Wire)", sentence);
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Anniversary);

        Assert.Equal(name, anniversary.Name);
        Assert.Equal(new PartialDate(2023), anniversary.Date);
    }

    [Fact]
    public void Apply_AnniversaryOfADocumentBeforeAPreposition_GoesOn()
    {
        var result = Some.Extract("Feb 27, 2022 10:00", "BEIJING (Wire)",
            "Officials marked the 50th anniversary of the Shanghai Communique between China and the United States on Sunday.");
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Anniversary);

        Assert.Equal("50th anniversary of the Shanghai Communique between China and the United States", anniversary.Name);
    }

    [Fact]
    public void Apply_AnniversaryWhoseYearDoesNotFitTheTreaty_CommemoratesNothing()
    {
        var result = Some.Extract("Jan 20, 2020 10:00", "TOKYO, Jan. 19 (Wire)",
            "Sunday marked the 55th anniversary of the signing of the Japan-U.S. Security Treaty.");

        Assert.Empty(result.Graph.EdgesOf<Commemorates>());
    }

    [Fact]
    public void Apply_AnniversaryOfNormalizationBetweenTwoCountries_CommemoratesTheirFoundingDocumentOfThatYear()
    {
        var result = Some.Extract("Jun 23, 2015 10:00", "SEOUL, June 22 (Wire)",
            "Officials in Seoul and Tokyo marked the 50th anniversary of the normalization of Japan-South Korea relations on Monday.");

        GraphAssert.HasEdge(result.Graph, "Commemorates", result.Graph.NodesOf<Event>().Single().Id, "treaty:japan-korea-basic-relations-treaty");
    }

    [Fact]
    public void Apply_AnniversaryOfDiplomaticTiesBetweenTheSides_CommemoratesTheirFoundingDocument()
    {
        var result = Some.Extract("Jun 23, 2015 10:00", "SEOUL, June 22 (Wire)",
            "South Korean President Park Geun-hye and Japanese Prime Minister Shinzo Abe met on Monday.",
            "The two countries mark the 50th anniversary of diplomatic ties this year, the two leaders said.");

        Assert.Single(result.Graph.EdgesOf<Commemorates>(), c => c.Target.Id == "treaty:japan-korea-basic-relations-treaty");
    }

    [Fact]
    public void Apply_YearWrittenInTheSentence_IsTheAnniversarysYear()
    {
        var result = Some.Extract("Jan 20, 2019 10:00", "TOKYO, Jan. 19 (Wire)",
            "The allies will mark the 60th anniversary of the Japan-U.S. Security Treaty in 2020.");

        Assert.Equal(new PartialDate(2020), Assert.Single(result.Graph.NodesOf<Event>()).Date);
        Assert.Single(result.Graph.EdgesOf<Commemorates>());
    }

    [Fact]
    public void Apply_AnniversaryFollowedByAVerb_IsNamedWithoutTheVerb()
    {
        var result = Some.Extract("Mar 31, 2023 21:12", "BEIJING, March 31 (Wire)", "The 50th anniversary of the ties falls next year.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.Contains("falls", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Xi noted that this year marks the 50th anniversary of the normalization of China-Japan diplomatic relations.")]
    [InlineData("The two countries mark the 50th anniversary of the establishment of diplomatic relations this year.")]
    [InlineData("Their talks also covered plans for the 50th anniversary of ties.")]
    [InlineData("Xi said the 50th anniversary of bilateral relations was a milestone.")]
    public void Apply_AnniversaryOfTwoCountriesRelations_HasBothCountriesAsSides(string sentence)
    {
        var result = Some.Extract("Nov 17, 2022 20:00", "BANGKOK, Nov. 17 (Wire)",
            "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida in Bangkok on Thursday.", sentence);
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Anniversary);

        GraphAssert.HasEdge(result.Graph, "Represented", "country:cn", anniversary.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:jp", anniversary.Id);
    }

    [Fact]
    public void Apply_AnniversaryOfSomethingElseTwoCountriesShare_HasNoSides()
    {
        var result = Some.Extract("Jan 20, 2020 10:00", "TOKYO, Jan. 19 (Wire)",
            "Officials met in Tokyo on Sunday.", "They marked the 10th anniversary of the Japan-Australia hydrogen partnership.");
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Anniversary);

        Assert.DoesNotContain(result.Graph.EdgesOf<Represented>(), e => e.Target.Id == anniversary.Id);
    }

    [Theory]
    [InlineData("Xi also spoke of the 10th anniversary of the Belt and Road Initiative.")]
    [InlineData("Xi also spoke of the 50th anniversary of Thai diplomatic relations.")]
    public void Apply_AnniversaryOfSomethingElseOrOfOneNamedCountrysRelations_TakesNoSidesFromTheMainEvent(string sentence)
    {
        // Not relations, or relations of one named country with no second one: not said to be the main event's pair.
        var result = Some.Extract("Nov 17, 2022 20:00", "BANGKOK, Nov. 17 (Wire)",
            "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida in Bangkok on Thursday.", sentence);
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Anniversary);

        Assert.DoesNotContain(result.Graph.EdgesOf<Represented>(), e => e.Target.Id == anniversary.Id);
    }

    [Fact]
    public void Apply_NamedDocumentsOwnYearInTheSentence_IsNotTheAnniversarysYear()
    {
        var result = Some.Extract("Jun 27, 2019 10:00", "OSAKA, June 27 (Wire)",
            "That visit coincided with the 40th anniversary of the entry into force of the Japan-China Peace and Friendship Treaty, which was signed in 1978.");
        var anniversary = Assert.Single(result.Graph.NodesOf<Event>());

        GraphAssert.HasEdge(result.Graph, "Commemorates", anniversary.Id, "treaty:china-japan-treaty-of-peace-and-friendship");
        Assert.Equal(new PartialDate(2018), anniversary.Date);
    }

    [Theory]
    [InlineData("Jan 20, 2021 10:00", true)]
    [InlineData("Jan 20, 2022 10:00", false)]
    public void Apply_NamedTreatysAnniversaryOfTheYearBeforeTheArticle_CommemoratesItOnlyThen(string published, bool commemorates)
    {
        var result = Some.Extract(published, "TOKYO, Jan. 19 (Wire)",
            "Officials recalled the 60th anniversary of the signing of the Japan-U.S. Security Treaty.");

        Assert.Equal(commemorates, result.Graph.EdgesOf<Commemorates>().Any(c => c.Target.Id == Treaty));
    }

    [Fact]
    public void Apply_OneAnniversaryOfTwoCountriesInTwoWordings_IsOneEventOfTheStatedYear()
    {
        var result = Some.Extract("Oct 20, 2023 10:00", "BEIJING, Oct. 20 (Wire)",
            "Thai Prime Minister Srettha Thavisin met Chinese President Xi Jinping in Beijing on Thursday.",
            "The two leaders discussed the 50th anniversary of ties.",
            "Visits should be stepped up in the run-up to 2025, when the two countries will mark 50 years since they established diplomatic relations.");

        var anniversary = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Anniversary);
        Assert.Equal(new PartialDate(2025), anniversary.Date);
        Assert.Contains("50 years since they established diplomatic relations", anniversary.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:th", anniversary.Id);
        GraphAssert.HasEdge(result.Graph, "Represented", "country:cn", anniversary.Id);
    }

    [Fact]
    public void Apply_AnniversariesOfOtherOrdinals_AreTwoEvents()
    {
        var result = Some.Extract("Oct 20, 2023 10:00", "BEIJING, Oct. 20 (Wire)",
            "Thai Prime Minister Srettha Thavisin met Chinese President Xi Jinping in Beijing on Thursday.",
            "The two leaders recalled the 48th anniversary of ties.",
            "In 2025 the two countries will mark 50 years since they established diplomatic relations.");

        Assert.Equal([48, 50], result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Anniversary).Select(e => e.Ordinal ?? 0).Order());
    }
}
