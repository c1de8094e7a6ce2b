using RelationsGraph.Queries;
using RelationsGraph.Serialization;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Queries;

public sealed class NeighbourhoodQueryTests
{
    [Fact]
    public async Task Run_KishidaOneStep_MatchesSnapshot() =>
        await Snapshot.Verify(QueryText.Neighbourhood(new NeighbourhoodQuery().Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Kishida)));

    [Fact]
    public async Task Run_TreatyTwoStepsAmongDocumentsAndEvents_MatchesSnapshot()
    {
        var query = new NeighbourhoodQuery { Options = new() { Depth = 2, NodeKinds = ["Document", "Event"] } };

        await Snapshot.Verify(QueryText.Neighbourhood(query.Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Treaty1978)));
    }

    [Fact]
    public void Run_LeadersAndEventsOverParticipation_FindsWhoKishidaMet()
    {
        var query = new NeighbourhoodQuery { Options = new() { Depth = 2, NodeKinds = ["Leader", "Event"], EdgeKinds = ["ParticipatedIn"] } };

        var neighbourhood = query.Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Kishida);

        Assert.Equal([ReferenceGraphs.Meeting, ReferenceGraphs.Kishida, ReferenceGraphs.Xi], neighbourhood.Graph.Nodes.Select(n => n.Id));
        Assert.Equal(2, neighbourhood.Distances[ReferenceGraphs.Xi]);
        Assert.Equal(2, neighbourhood.Graph.EdgeCount);
    }

    [Fact]
    public void Run_DescriptorsInsteadOfNames_GiveTheSameNeighbourhood()
    {
        var byName = new NeighbourhoodQuery { Options = new() { Depth = 2, NodeKinds = ["Leader", "Event"], EdgeKinds = ["ParticipatedIn"] } };
        var byDescriptor = new NeighbourhoodQuery
        {
            Options = NeighbourhoodOptions.Of(2, [RelationsOntology.LeaderDescriptor, RelationsOntology.EventDescriptor], [RelationsOntology.ParticipatedInDescriptor]),
        };
        var graph = ReferenceGraphs.ChinaJapan();

        Assert.Equal(
            GraphJsonWriter.ToJson(byName.Run(graph, ReferenceGraphs.Kishida).Graph),
            GraphJsonWriter.ToJson(byDescriptor.Run(graph, ReferenceGraphs.Kishida).Graph));
    }

    [Fact]
    public void Run_DepthZero_HoldsTheCentreAlone()
    {
        var neighbourhood = new NeighbourhoodQuery { Options = new() { Depth = 0 } }.Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Xi);

        Assert.Equal(ReferenceGraphs.Xi, Assert.Single(neighbourhood.Graph.Nodes).Id);
        Assert.Equal(0, neighbourhood.Graph.EdgeCount);
    }

    [Fact]
    public void Run_DocumentKind_IncludesTreaties()
    {
        var query = new NeighbourhoodQuery { Options = new() { NodeKinds = ["Document"] } };

        var neighbourhood = query.Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Communique1972);

        Assert.Contains(ReferenceGraphs.Treaty1978, neighbourhood.Distances.Keys);
        Assert.DoesNotContain(ReferenceGraphs.Meeting, neighbourhood.Distances.Keys);
    }

    [Fact]
    public void Run_CentreOfAnExcludedKind_IsStillTheCentre()
    {
        var query = new NeighbourhoodQuery { Options = new() { NodeKinds = ["Document"] } };

        var neighbourhood = query.Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Meeting);

        Assert.Equal(ReferenceGraphs.Meeting, neighbourhood.Centre.Id);
        Assert.Equal(5, neighbourhood.Graph.NodeCount);
    }

    [Fact]
    public void Run_CopiesNodesAndEvidence_LeavingTheGraphUnchanged()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var before = GraphJsonWriter.ToJson(graph);

        var neighbourhood = new NeighbourhoodQuery().Run(graph, ReferenceGraphs.Meeting);
        neighbourhood.Graph.AddLeaderOf(new Leader { Id = ReferenceGraphs.Xi, Name = "Xi Jinping" }, new Country { Id = "country:cn", Name = "China" }, Some.Evidence());

        Assert.Equal(before, GraphJsonWriter.ToJson(graph));
        graph.TryGetEdge(new EdgeKey(ReferenceGraphs.Meeting, "PartOf", ReferenceGraphs.Apec), out var original);
        neighbourhood.Graph.TryGetEdge(new EdgeKey(ReferenceGraphs.Meeting, "PartOf", ReferenceGraphs.Apec), out var copy);
        Assert.NotSame(original, copy);
        Assert.Equal(original!.Evidence, copy!.Evidence);
    }

    [Theory]
    [InlineData("Person", null)]
    [InlineData(null, "Likes")]
    public void Run_UnknownKind_Throws(string? nodeKind, string? edgeKind)
    {
        var query = new NeighbourhoodQuery
        {
            Options = new() { NodeKinds = nodeKind is null ? null : [nodeKind], EdgeKinds = edgeKind is null ? null : [edgeKind] },
        };

        var error = Assert.Throws<ArgumentException>(() => query.Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Xi));

        Assert.Contains(nodeKind ?? edgeKind!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCentre_Throws() =>
        Assert.Throws<ArgumentException>(() => new NeighbourhoodQuery().Run(ReferenceGraphs.ChinaJapan(), "leader:nobody"));
}
