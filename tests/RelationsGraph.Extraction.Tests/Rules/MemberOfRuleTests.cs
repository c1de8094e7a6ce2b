using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class MemberOfRuleTests
{
    [Fact]
    public void Apply_CountriesSaidToBeMembers_AreMembersWithTheSentenceAsEvidence()
    {
        var result = Some.Story("Japan and Australia are both members of the Quad, a grouping with the United States and India.");

        foreach (var country in new[] { "country:jp", "country:au", "country:us", "country:in" })
        {
            var edge = GraphAssert.HasEdge(result.Graph, "MemberOf", country, "org:quad");
            Assert.Contains(edge.Evidence, e => !e.IsReference);
        }
    }

    [Theory]
    [InlineData("Tanzania and Kenya are both members of the East African Community (EAC).", "org:east-african-community", "country:tz", "country:ke")]
    [InlineData("Poland and Romania, both members of NATO, pressed for more troops on the eastern flank.", "org:nato", "country:pl", "country:ro")]
    [InlineData("Qatar and Oman are members of the Gulf Cooperation Council.", "org:gulf-cooperation-council", "country:qa", "country:om")]
    public void Apply_MembersOfARegionalOrganization_AreMembers(string sentence, string organization, string first, string second)
    {
        var result = Some.Story(sentence);

        GraphAssert.HasEdge(result.Graph, "MemberOf", first, organization);
        GraphAssert.HasEdge(result.Graph, "MemberOf", second, organization);
    }

    [Theory]
    [InlineData("Nov 17, 2023 20:00", false)]
    [InlineData("Jun 17, 2024 20:00", true)]
    public void Apply_CountryThatJoinedAfterTheArticlesDay_IsNoMemberYet(string published, bool member)
    {
        var result = Some.Extract(published, "BERLIN (Wire)", "Sweden and Poland are members of the NATO alliance's northern group, officials said.");

        GraphAssert.HasEdge(result.Graph, "MemberOf", "country:pl", "org:nato");
        Assert.Equal(member, result.Graph.EdgesOf<MemberOf>().Any(e => e.Source.Id == "country:se" && e.Target.Id == "org:nato" && e.Evidence.Any(v => !v.IsReference)));
    }

    [Theory]
    [InlineData("The visit comes ahead of the BRICS summit in Johannesburg.", true)]
    [InlineData("The visit comes ahead of a summit in Johannesburg.", false)]
    public void Apply_TheBlocStandingForTheOrganizationNamedJustBefore_MakesTheCountriesItListsMembers(string before, bool members)
    {
        var result = Some.Story(before, "Leaders will discuss the expansion of the bloc, which brings together Brazil, Russia, India, China and South Africa.");

        foreach (var country in new[] { "country:br", "country:ru", "country:in", "country:cn", "country:za" })
        {
            Assert.Equal(members, result.Graph.EdgesOf<MemberOf>().Any(e => e.Source.Id == country && e.Target.Id == "org:brics" && !e.Evidence.IsReferenceOnly));
        }
    }

    [Fact]
    public void Apply_GroupingThatIncludesCountries_MakesThemMembers()
    {
        var result = Some.Story("Kishida stressed the Quad grouping, which also includes the U.S. and India.");

        GraphAssert.HasEdge(result.Graph, "MemberOf", "country:us", "org:quad");
        GraphAssert.HasEdge(result.Graph, "MemberOf", "country:in", "org:quad");
    }

    [Theory]
    [InlineData("Japan took over the rotating G7 presidency this month.", "country:jp", "org:g7")]
    [InlineData("Italy will hold the G7 presidency in 2024.", "country:it", "org:g7")]
    [InlineData("Kazakhstan, as the current SCO chair, will host the summit.", "country:kz", "org:sco")]
    [InlineData("Indonesia chairs ASEAN this year.", "country:id", "org:asean")]
    public void Apply_CountryHoldingAnOrganizationsChair_IsAMember(string sentence, string country, string organization)
    {
        var result = Some.Story(sentence);

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "MemberOf", country, organization).Evidence, e => !e.IsReference);
    }

    [Theory]
    [InlineData("Japan holds the rotating G7 presidency this year, while India chairs the G20.")]
    [InlineData("Japan holds the rotating G7 presidency this year; India chairs the G20.")]
    public void Apply_ChairsOnEitherSideOfAContrast_PairEachCountryWithItsOwnOrganization(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "MemberOf", "country:jp", "org:g7").Evidence, e => !e.IsReference);
        Assert.Contains(GraphAssert.HasEdge(result.Graph, "MemberOf", "country:in", "org:g20").Evidence, e => !e.IsReference);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "MemberOf" && e.Source.Id == "country:jp" && e.Target.Id == "org:g20" && e.Evidence.Any(x => !x.IsReference));
    }

    [Theory]
    [InlineData("The Quad brings together Australia, the US, Japan and India.")]
    [InlineData("The statement praised the Quad framework that links Japan and the United States with Australia and India.")]
    [InlineData("The Quad, which unites Australia, Japan, India and the United States, met in Tokyo.")]
    public void Apply_OrganizationThatBringsCountriesTogether_MakesThemMembers(string sentence)
    {
        var result = Some.Story(sentence);

        foreach (var country in new[] { "country:au", "country:us", "country:jp", "country:in" })
        {
            Assert.Contains(GraphAssert.HasEdge(result.Graph, "MemberOf", country, "org:quad").Evidence, e => !e.IsReference);
        }
    }

    [Theory]
    [InlineData("China and Japan met on the sidelines of APEC in San Francisco.")]
    [InlineData("Brazil and China worked together at the BRICS summit in Johannesburg.")]
    [InlineData("Together, Brazil and China have pushed the BRICS agenda.")]
    [InlineData("The G20 summit, hosted by Indonesia, brings together leaders of the world's major economies.")]
    [InlineData("The new plan links Japan and India to the Quad agenda.")]
    public void Apply_CountryNamedWithAnOrganizationWithoutAWordOfMembership_StatesNoMembership(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.EdgesOf<MemberOf>(), e => !e.Evidence.IsReferenceOnly);
    }

    [Fact]
    public void Apply_CountryTheKnowledgeBaseDoesNotHaveAsAMember_IsNoMember()
    {
        var result = Some.Story("China is not a member of the Quad, a grouping of Japan and Australia.");

        Assert.DoesNotContain(result.Graph.EdgesOf<MemberOf>(), e => e.Source.Id == "country:cn");
        GraphAssert.HasEdge(result.Graph, "MemberOf", "country:jp", "org:quad");
    }
}
