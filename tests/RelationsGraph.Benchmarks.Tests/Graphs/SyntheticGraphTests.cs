using RelationsGraph.Benchmarks.Graphs;
using RelationsGraph.Benchmarks.Tests.Support;
using RelationsGraph.Serialization;

namespace RelationsGraph.Benchmarks.Tests.Graphs;

public class SyntheticGraphTests
{
    [Fact]
    public void Generate_SameSeed_WritesTheSameDocument()
    {
        var first = GraphJsonWriter.ToJson(TypedGraphBuilder.Build(SyntheticGraph.Generate(1000)));
        var second = GraphJsonWriter.ToJson(TypedGraphBuilder.Build(SyntheticGraph.Generate(1000)));

        Assert.Equal(first, second);
        Assert.NotEqual(first, GraphJsonWriter.ToJson(TypedGraphBuilder.Build(SyntheticGraph.Generate(1000, seed: 1))));
    }

    [Fact]
    public void Generate_Size500_MatchesPinnedDigest()
    {
        // Update deliberately when the generator changes: every graph benchmark's input changes with it.
        var json = GraphJsonWriter.ToJson(TypedGraphBuilder.Build(SyntheticGraph.Generate(500)));

        Assert.Equal(PinnedDigests.Graph500, Digest.Of(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Generate_TenThousand_HasTheOntologysKindMix()
    {
        var graph = TypedGraphBuilder.Build(SyntheticGraph.Generate(10_000));

        Assert.Equal(10_000, graph.NodeCount);
        Assert.Equal(200, graph.NodesOf<Country>().Count());
        Assert.Equal(50, graph.NodesOf<Organization>().Count());
        Assert.Equal(600, graph.NodesOf<Leader>().Count());
        Assert.Equal(400, graph.NodesOf<Document>().Count());
        Assert.InRange(graph.NodesOf<Treaty>().Count(), 50, 120);
        Assert.Equal(2200, graph.NodesOf<Event>().Count());
        Assert.InRange(graph.NodesOf<Article>().Count(), 6000, 6500);
        Assert.All(graph.Ontology.EdgeKinds, kind => Assert.Contains(graph.Edges, e => e.Kind == kind.Name));
        Assert.InRange(graph.EdgeCount, 4 * 10_000, 5 * 10_000);
    }

    [Fact]
    public void Generate_Documents_FormCitationChains()
    {
        var graph = TypedGraphBuilder.Build(SyntheticGraph.Generate(10_000));
        var cites = graph.EdgesOf<Cites>().Where(c => c.Source is Document).ToList();

        Assert.Contains(cites, c => c.Target.CitedBy(graph).Any() && graph.OutEdges<Cites>(c.Target).Any());
        Assert.Contains(graph.EdgesOf<Cites>(), c => c.Source is Event && c.Target.Foundational == true);
    }

    [Fact]
    public void Builders_TypedAndRaw_HaveTheSameShape()
    {
        var source = SyntheticGraph.Generate(2000);
        var typed = TypedGraphBuilder.Build(source.WithoutEvidence());
        var raw = RawGraphBuilder.Build(source);

        Assert.Equal(raw.VertexCount, typed.NodeCount);
        Assert.Equal(raw.EdgeCount, typed.EdgeCount);
        Assert.Equal(source.Edges.Count, typed.EdgeCount);
        for (var i = 0; i < source.Edges.Count; i++)
        {
            var key = new EdgeKey(source.Nodes[source.Edges.From[i]].Id, source.Edges.Kinds[i].ToString(), source.Nodes[source.Edges.To[i]].Id);
            Assert.True(typed.TryGetEdge(key, out _), $"The typed graph lacks {key}.");
        }
    }

    [Fact]
    public void Builders_WithAndWithoutEvidence_DifferOnlyInEvidence()
    {
        var source = SyntheticGraph.Generate(1000);
        var withEvidence = TypedGraphBuilder.Build(source);
        var without = TypedGraphBuilder.Build(source.WithoutEvidence());

        Assert.All(withEvidence.Edges, e => Assert.Single(e.Evidence));
        Assert.All(without.Edges, e => Assert.Empty(e.Evidence));
        Assert.Equal(withEvidence.Edges.Select(e => e.Key), without.Edges.Select(e => e.Key));
    }
}
