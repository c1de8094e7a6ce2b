using RelationsGraph.Queries;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Queries;

public sealed class EntityLookupTests
{
    [Theory]
    [InlineData("leader:fumio-kishida", LookupMatch.Id)]
    [InlineData("LEADER:Fumio-Kishida", LookupMatch.Id)]
    [InlineData("Fumio Kishida", LookupMatch.NameOrAlias)]
    [InlineData("fumio kishida", LookupMatch.NameOrAlias)]
    [InlineData("Kishida", LookupMatch.NameOrAlias)]
    [InlineData("  kishida\t", LookupMatch.NameOrAlias)]
    [InlineData("Fumio-Kishida", LookupMatch.Slug)]
    [InlineData("Prime Minister Fumio", LookupMatch.Word)]
    public void Resolve_FormsOfKishida_FindTheLeader(string text, LookupMatch match)
    {
        var result = new EntityLookup(ReferenceGraphs.ChinaJapan()).Resolve(text);

        Assert.True(result.IsResolved);
        Assert.Equal(ReferenceGraphs.Kishida, result.Node?.Id);
        Assert.Equal(match, result.Match);
    }

    [Fact]
    public async Task Resolve_ReferenceGraph_MatchesSnapshot()
    {
        var lookup = new EntityLookup(ReferenceGraphs.ChinaJapan());
        string[] texts =
        [
            "Xi", "Jinping", "Japan-China Joint Statement", "china-japan-treaty-of-peace-and-friendship", "APEC", "San Francisco",
            "Minister", "Joint", "Taiwan", "Nobody", "",
        ];

        await Snapshot.Verify(string.Concat(texts.Select(t => QueryText.Lookup(lookup.Resolve(t)))));
    }

    [Fact]
    public void Resolve_TwoEntitiesWithOneAlias_IsAmbiguousAndListsBoth()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Leader("Wang Yi", "Wang"));
        graph.AddNode(Some.Leader("Wang Huning", "Wang"));

        var result = new EntityLookup(graph).Resolve("wang");

        Assert.True(result.IsAmbiguous);
        Assert.Null(result.Node);
        Assert.Equal(["leader:wang-huning", "leader:wang-yi"], result.Candidates.Select(n => n.Id));
    }

    [Fact]
    public void Resolve_StricterRuleMatches_LooserRulesAreNotTried()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("jp", "Japan"));
        graph.AddNode(Some.Document("japan-china-joint-statement") with { Name = "Japan-China Joint Statement" });

        var result = new EntityLookup(graph).Resolve("Japan");

        Assert.Equal(LookupMatch.NameOrAlias, result.Match);
        Assert.Equal("country:jp", result.Node?.Id);
    }

    [Fact]
    public void Resolve_NoMatch_ReturnsNone()
    {
        var result = new EntityLookup(ReferenceGraphs.ChinaJapan()).Resolve("Angela Merkel");

        Assert.Equal(LookupMatch.None, result.Match);
        Assert.Empty(result.Candidates);
        Assert.False(result.IsResolved);
    }
}
