using RelationsGraph.Benchmarks.Graphs;
using RelationsGraph.Queries;

namespace RelationsGraph.Benchmarks.Tests.Graphs;

/// <summary>The citation suite's baseline repeats <see cref="CitationQuery"/> on node numbers: it must find the same citations.</summary>
public class RawCitationQueryTests
{
    [Fact]
    public void Run_SyntheticGraph_FindsTheSamePairsAndDepthsAsCitationQuery()
    {
        var source = SyntheticGraph.Generate(3000, withEvidence: false);
        var graph = TypedGraphBuilder.Build(source);

        var typed = new CitationQuery().Run(graph).Select(c => (c.Citing.Id, c.Foundation.Id, c.Depth)).Order().ToList();
        var raw = RawCitationQuery.Run(RawCitationQuery.CitesOf(source), RawCitationQuery.FoundationalOf(source))
            .Select(c => (source.Nodes[c.Citing].Id, source.Nodes[c.Foundation].Id, c.Depth)).Order().ToList();

        Assert.NotEmpty(typed);
        Assert.Equal(typed, raw);
    }

    [Fact]
    public void Run_EveryPath_LeavesTheCitingNodeAndEndsAtTheFoundation()
    {
        var source = SyntheticGraph.Generate(3000, withEvidence: false);

        var citations = RawCitationQuery.Run(RawCitationQuery.CitesOf(source), RawCitationQuery.FoundationalOf(source));

        Assert.All(citations, c =>
        {
            Assert.Equal(c.Citing, c.Path[0].Source);
            Assert.Equal(c.Foundation, c.Path[^1].Target);
            Assert.All(c.Path.Zip(c.Path.Skip(1)), p => Assert.Equal(p.First.Target, p.Second.Source));
        });
    }

    [Fact]
    public void Run_NoCitations_FindsNothing() =>
        Assert.Empty(RawCitationQuery.Run([], [true, false]));
}
