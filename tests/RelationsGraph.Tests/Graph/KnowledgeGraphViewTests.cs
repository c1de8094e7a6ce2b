using QuikGraph;
using QuikGraph.Algorithms.Search;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Graph;

/// <summary>The QuikGraph view, <see cref="KnowledgeGraph.Graph"/>: what QuikGraph's algorithms and callers see.</summary>
public sealed class KnowledgeGraphViewTests
{
    [Fact]
    public void OutEdges_EqualNodeBuiltElsewhere_FindsTheGraphsEdges()
    {
        var graph = new KnowledgeGraph();
        graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("apec-2023"), Some.Evidence());

        var outside = Some.Leader("Xi Jinping");

        Assert.True(graph.Graph.ContainsVertex(outside));
        Assert.Equal(["LeaderOf", "ParticipatedIn"], graph.Graph.OutEdges(outside).Select(e => e.Kind));
        Assert.Equal(2, graph.Graph.OutDegree(outside));
        Assert.Equal(2, graph.Graph.Degree(outside));
        Assert.Single(graph.Graph.InEdges(Some.Country("cn")));
    }

    [Fact]
    public void ContainsVertex_SameIdAnotherKind_IsFalse()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Document("treaty-1978"));

        Assert.False(graph.Graph.ContainsVertex(Some.Treaty("treaty-1978") with { Id = "document:treaty-1978" }));
    }

    [Fact]
    public void OutEdges_NodeTheGraphLacks_ThrowsVertexNotFound()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("cn"));

        var error = Assert.Throws<VertexNotFoundException>(() => graph.Graph.OutEdges(Some.Country("jp")));

        Assert.Contains("country:jp", error.Message, StringComparison.Ordinal);
        Assert.False(graph.Graph.TryGetOutEdges(Some.Country("jp"), out _));
    }

    [Fact]
    public void TryGetEdge_ByEnds_FindsTheEdgeAndNotItsReverse()
    {
        var graph = new KnowledgeGraph();
        var edge = graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence());

        Assert.True(graph.Graph.TryGetEdge(Some.Leader("Xi Jinping"), Some.Country("cn"), out var found));
        Assert.Same(edge, found);
        Assert.False(graph.Graph.ContainsEdge(Some.Country("cn"), Some.Leader("Xi Jinping")));
        Assert.True(graph.Graph.ContainsEdge(new LeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"))));
    }

    [Fact]
    public void VerticesAndEdges_CannotBeChangedThroughTheView()
    {
        var graph = new KnowledgeGraph();
        graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence());

        Assert.True(((ICollection<Node>)graph.Graph.Vertices).IsReadOnly);
        Assert.True(((ICollection<Edge>)graph.Graph.Edges).IsReadOnly);
        Assert.False(graph.Graph.OutEdges(Some.Leader("Xi Jinping")) is ICollection<Edge>);
    }

    [Fact]
    public void OutEdges_HeldWhileMoreEdgesAreAdded_ListsThemAll()
    {
        var graph = new KnowledgeGraph();
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("first"), Some.Evidence());
        var outs = graph.Graph.OutEdges(Some.Leader("Xi Jinping"));
        var before = outs.Select(e => e.Target.Id).ToList();

        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("second"), Some.Evidence());

        Assert.Equal(["event:first"], before);
        Assert.Equal(["event:first", "event:second"], outs.Select(e => e.Target.Id));
        Assert.Equal(2, outs.Count());
    }

    [Fact]
    public void OutEdges_TwoEnumerationsAtOnce_EachSeesEveryEdge()
    {
        var graph = new KnowledgeGraph();
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("first"), Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("second"), Some.Evidence());
        var outs = graph.Graph.OutEdges(Some.Leader("Xi Jinping"));

        var pairs = outs.SelectMany(a => outs.Select(b => a.Target.Id + " " + b.Target.Id)).ToList();

        Assert.Equal(["event:first event:first", "event:first event:second", "event:second event:first", "event:second event:second"], pairs);
    }

    [Fact]
    public void OutEdgeAndInEdge_IndexPastTheEnd_Throws()
    {
        var graph = new KnowledgeGraph();
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("first"), Some.Evidence());

        Assert.Equal("event:first", graph.Graph.OutEdge(Some.Leader("Xi Jinping"), 0).Target.Id);
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.Graph.OutEdge(Some.Leader("Xi Jinping"), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.Graph.InEdge(Some.Leader("Xi Jinping"), 0));
        Assert.True(graph.Graph.IsInEdgesEmpty(Some.Leader("Xi Jinping")));
        Assert.Empty(graph.Graph.InEdges(Some.Leader("Xi Jinping")));
    }

    [Fact]
    public void TryGetEdge_ByKey_UnknownKindOrEnd_IsFalse()
    {
        var graph = new KnowledgeGraph();
        graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence());

        Assert.True(graph.TryGetEdge(new EdgeKey("leader:xi-jinping", "LeaderOf", "country:cn"), out _));
        Assert.False(graph.TryGetEdge(new EdgeKey("leader:xi-jinping", "Cites", "country:cn"), out _));
        Assert.False(graph.TryGetEdge(new EdgeKey("leader:xi-jinping", "LeaderOf", "country:jp"), out _));
        Assert.False(graph.TryGetEdge(default, out _));
    }

    [Fact]
    public void BreadthFirstSearch_OverTheView_ReachesEveryNode()
    {
        var graph = new KnowledgeGraph();
        var meeting = Some.Event("meeting");
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), meeting, Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("Fumio Kishida"), meeting, Some.Evidence());
        graph.AddHeldIn(meeting, Some.Place("san-francisco"), Some.Evidence());
        var search = new BreadthFirstSearchAlgorithm<Node, Edge>(graph.Graph);
        var reached = new List<string>();
        search.DiscoverVertex += node => reached.Add(node.Id);

        search.Compute(graph.GetNode<Leader>("leader:xi-jinping")!);

        Assert.Equal(["leader:xi-jinping", "event:meeting", "place:san-francisco"], reached);
    }

    [Fact]
    public void Merge_AnotherGraph_KeepsItsOrderOfNodesAndEdges()
    {
        var other = new KnowledgeGraph();
        other.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("meeting"), Some.Evidence("a"));
        other.AddLeaderOf(Some.Leader("Fumio Kishida"), Some.Country("jp"), Some.Evidence("a"));
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("jp"));

        graph.Merge(other);

        Assert.Equal(["country:jp", "leader:xi-jinping", "event:meeting", "leader:fumio-kishida"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(["ParticipatedIn", "LeaderOf"], graph.Edges.Select(e => e.Kind));
        Assert.Same(graph.GetNode<Country>("country:jp"), graph.Edges.Last().Target);
    }
}
