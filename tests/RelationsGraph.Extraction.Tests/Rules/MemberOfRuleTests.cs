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

    [Fact]
    public void Apply_CountryNamedWithAnOrganizationWithoutAWordOfMembership_StatesNoMembership()
    {
        var result = Some.Story("China and Japan met on the sidelines of APEC in San Francisco.");

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
