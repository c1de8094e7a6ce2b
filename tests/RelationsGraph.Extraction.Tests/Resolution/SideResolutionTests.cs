using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Sides read as countries: "the two countries" after the pair in focus or countries named together, and "the Indian side".</summary>
public sealed class SideResolutionTests
{
    [Fact]
    public void Resolve_TwoLeadersAndTwoSides_AreTheCoordinatedPairAndTheirCountries()
    {
        var result = Some.Story(
            "Indonesian President Joko Widodo and Australian Prime Minister Anthony Albanese agreed on Thursday to expand trade.",
            "The two leaders said the two countries would cooperate on climate change.");

        Assert.Equal(["leader:joko-widodo", "leader:anthony-albanese"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds);
        Assert.Equal(["country:id", "country:au"], Some.FirstMention(result, MentionKind.SideGroup, "the two countries").NodeIds);
    }

    [Fact]
    public void Resolve_SideGroupAfterCountriesNamedTogether_IsThoseCountries()
    {
        var result = Some.Story("Brazil and Argentina signed a trade pact in 1991.", "The two countries will mark the anniversary next year.");

        Assert.Equal(["country:br", "country:ar"], Some.FirstMention(result, MentionKind.SideGroup, "The two countries").NodeIds);
    }

    [Theory]
    [InlineData("The two friendly countries will mark the anniversary next year.", "The two friendly countries")]
    [InlineData("The two brotherly countries will mark the anniversary next year.", "The two brotherly countries")]
    public void Resolve_SideGroupOfFriendlyOrBrotherlyCountries_IsThoseCountries(string sentence, string group)
    {
        var result = Some.Story("Brazil and Argentina signed a trade pact in 1991.", sentence);

        Assert.Equal(["country:br", "country:ar"], Some.FirstMention(result, MentionKind.SideGroup, group).NodeIds);
    }

    [Fact]
    public void Resolve_SideGroupAfterCountriesJoinedBeforeTheirArticle_IsThoseCountriesNotAnEarlierList()
    {
        var result = Some.Story(
            "Kenya will join a list of allies that includes Japan, Israel and Egypt.",
            "The visit coincides with 60 years of diplomatic relations between Kenya and the United States.",
            "The partnership was delivering for the two nations.");

        Assert.Equal(["country:ke", "country:us"], Some.FirstMention(result, MentionKind.SideGroup, "the two nations").NodeIds);
    }

    [Theory]
    [InlineData("Pakistan is the last leg of his three-nation tour, which earlier took him to Malaysia and Indonesia.")]
    [InlineData("Erdogan flew in from Malaysia and Indonesia.")]
    public void Resolve_SideGroupAfterCountriesAfterAPrepositionOfPlace_IsTheStorysSides(string stops)
    {
        var result = Some.Story(
            "Prime Minister Shehbaz Sharif held talks with Turkish President Recep Tayyip Erdogan in Islamabad on Thursday.",
            stops,
            "The two sides signed a protocol on energy.");

        Assert.Equal(["country:pk", "country:tr"], Some.FirstMention(result, MentionKind.SideGroup, "The two sides").NodeIds);
    }

    [Fact]
    public void Resolve_SideOfACountry_IsTheCountry()
    {
        var result = Some.Story("The Indian side proposed new talks.");

        Assert.Equal(["country:in"], Some.FirstMention(result, MentionKind.Side, "The Indian side").NodeIds);
        Assert.Contains("The Indian side", result.Entities.Build().Single(n => n.Id == "country:in").Aliases.Items);
    }
}
