using QuikGraph;
using QuikGraph.Algorithms.Search;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Graph;

/// <summary>The number view, <see cref="KnowledgeGraph.Indexed"/>: the typed graph with node numbers for vertices.</summary>
public sealed class IndexedGraphTests
{
    [Fact]
    public void OutEdges_OfANodesNumber_CarryBothNumbersAndTheTypedEdge()
    {
        var graph = new KnowledgeGraph();
        var leaderOf = graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence());
        var participated = graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("apec-2023"), Some.Evidence());
        var view = graph.Indexed;
        var xi = view.IndexOf(Some.Leader("Xi Jinping"));

        var outs = view.OutEdges(xi).ToList();

        Assert.Equal([leaderOf, participated], outs.Select(e => e.Edge));
        Assert.All(outs, e => Assert.Equal(xi, e.Source));
        Assert.Equal(["country:cn", "event:apec-2023"], outs.Select(e => view.NodeAt(e.Target).Id));
        Assert.Equal(view.InEdges(outs[0].Target).Single(), outs[0]);
        Assert.Equal(2, view.OutDegree(xi));
        Assert.Equal(2, view.Degree(xi));
        Assert.True(view.IsInEdgesEmpty(xi));
        Assert.Equal(outs, view.OutEdgeSpan(xi).ToArray());
    }

    [Fact]
    public void Indexed_EdgesAddedAfterward_ShowInTheSameView()
    {
        var graph = new KnowledgeGraph();
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("first"), Some.Evidence());
        var view = graph.Indexed;
        var outs = view.OutEdges(0);

        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("second"), Some.Evidence());

        Assert.Same(view, graph.Indexed);
        Assert.Equal(3, view.VertexCount);
        Assert.Equal(2, view.EdgeCount);
        Assert.Equal(["event:first", "event:second"], outs.Select(e => view.NodeAt(e.Target).Id));
        Assert.Equal([0, 1, 2], view.Vertices);
    }

    [Fact]
    public void OutEdges_NumberTheGraphLacks_ThrowsVertexNotFoundNamingTheRange()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("cn"));

        var error = Assert.Throws<VertexNotFoundException>(() => graph.Indexed.OutEdges(1));

        Assert.Contains("numbered 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 to 0", error.Message, StringComparison.Ordinal);
        Assert.False(graph.Indexed.TryGetOutEdges(-1, out _));
        Assert.False(graph.Indexed.ContainsVertex(1));
        Assert.Throws<VertexNotFoundException>(() => graph.Indexed.NodeAt(1));
    }

    [Fact]
    public void IndexOf_NodeTheGraphLacks_IsMinusOne()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("cn"));

        Assert.Equal(-1, graph.Indexed.IndexOf(Some.Country("jp")));
        Assert.Equal(0, graph.Indexed.IndexOf(Some.Country("cn")));
    }

    [Fact]
    public void TryGetEdges_TwoKindsBetweenOnePair_FindsBothAndNotTheReverse()
    {
        var graph = new KnowledgeGraph();
        var cites = graph.AddCites(Some.Event("anniversary"), Some.Document("treaty"), Some.Evidence());
        var commemorates = graph.AddEdge(new Commemorates(Some.Event("anniversary"), Some.Document("treaty")), Some.Evidence());
        var view = graph.Indexed;

        Assert.True(view.TryGetEdges(0, 1, out var both));
        Assert.Equal([cites, commemorates], both.Select(e => e.Edge));
        Assert.True(view.TryGetEdge(0, 1, out var first));
        Assert.Same(cites, first.Edge);
        Assert.False(view.ContainsEdge(1, 0));
        Assert.True(view.ContainsEdge(new IndexedEdge(0, 1, commemorates)));
        Assert.False(view.ContainsEdge(new IndexedEdge(1, 0, commemorates)));
    }

    [Fact]
    public void BreadthFirstSearch_OverTheNumberView_ReachesWhatItReachesOverTheNodeView()
    {
        var graph = new KnowledgeGraph();
        graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("apec-2023"), Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("Fumio Kishida"), Some.Event("apec-2023"), Some.Evidence());
        graph.AddLeaderOf(Some.Leader("Fumio Kishida"), Some.Country("jp"), Some.Evidence());

        var byNode = new List<string>();
        var nodeSearch = new BreadthFirstSearchAlgorithm<Node, Edge>(graph.Graph);
        nodeSearch.DiscoverVertex += node => byNode.Add(node.Id);
        nodeSearch.Compute(Some.Leader("Fumio Kishida"));

        var byNumber = new List<string>();
        var numberSearch = new BreadthFirstSearchAlgorithm<int, IndexedEdge>(graph.Indexed);
        numberSearch.DiscoverVertex += vertex => byNumber.Add(graph.Indexed.NodeAt(vertex).Id);
        numberSearch.Compute(graph.Indexed.IndexOf(Some.Leader("Fumio Kishida")));

        Assert.Equal(byNode, byNumber);
        Assert.Equal(["leader:fumio-kishida", "event:apec-2023", "country:jp"], byNumber);
    }

    [Fact]
    public void Equals_SameEdgeAndNumbers_AreEqualAndAnotherEdgeIsNot()
    {
        var graph = new KnowledgeGraph();
        var edge = graph.AddCites(Some.Document("a"), Some.Document("b"), Some.Evidence());
        var other = new Cites(Some.Document("a"), Some.Document("b"));

        Assert.Equal(new IndexedEdge(0, 1, edge), graph.Indexed.OutEdge(0, 0));
        Assert.True(new IndexedEdge(0, 1, edge) == graph.Indexed.InEdge(1, 0));
        Assert.NotEqual(new IndexedEdge(0, 1, other), new IndexedEdge(0, 1, edge));
        Assert.Equal(new IndexedEdge(0, 1, edge).GetHashCode(), graph.Indexed.OutEdge(0, 0).GetHashCode());
        Assert.Equal("0 -Cites-> 1", new IndexedEdge(0, 1, edge).ToString());
    }
}
