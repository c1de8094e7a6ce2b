using RelationsGraph.Serialization;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Graph;

/// <summary><see cref="KnowledgeGraph.EnsureCapacity"/>, and <see cref="KnowledgeGraph.Merge"/> sizing the graph with it.</summary>
public sealed class KnowledgeGraphCapacityTests
{
    [Fact]
    public void EnsureCapacity_EmptyGraph_MakesRoomForTheCounts()
    {
        var graph = new KnowledgeGraph();

        graph.EnsureCapacity(1_000, 5_000);

        Assert.True(graph.Capacity.Nodes >= 1_000);
        Assert.True(graph.Capacity.Edges >= 5_000);
    }

    [Fact]
    public void EnsureCapacity_SmallerThanTheRoomThereIs_ChangesNothing()
    {
        var graph = new KnowledgeGraph();
        graph.EnsureCapacity(1_000, 5_000);
        var before = graph.Capacity;

        graph.EnsureCapacity(10, 10);

        Assert.Equal(before, graph.Capacity);
    }

    [Fact]
    public void EnsureCapacity_OneEdgeMoreThanTheRoom_AtLeastDoublesIt()
    {
        var graph = new KnowledgeGraph();
        graph.EnsureCapacity(1_000, 5_000);
        var before = graph.Capacity;

        graph.EnsureCapacity(before.Nodes, before.Edges + 1);

        Assert.True(graph.Capacity.Edges >= 2 * before.Edges);
        Assert.Equal(before.Nodes, graph.Capacity.Nodes);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void EnsureCapacity_NegativeCount_Throws(int nodes, int edges)
    {
        var graph = new KnowledgeGraph();

        Assert.Throws<ArgumentOutOfRangeException>(() => graph.EnsureCapacity(nodes, edges));
    }

    [Fact]
    public void EnsureCapacity_GraphWithNodesAndEdges_KeepsWhatItHoldsAndGoesOnAddingThem()
    {
        var sized = new KnowledgeGraph();
        var plain = new KnowledgeGraph();
        var a = Some.Evidence("a");
        var b = Some.Evidence("b");
        foreach (var graph in new[] { sized, plain })
        {
            graph.AddParticipatedIn(Some.Leader("Xi Jinping"), Some.Event("apec-2023"), a);
            graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), a);
        }

        sized.EnsureCapacity(100, 400);
        foreach (var graph in new[] { sized, plain })
        {
            graph.AddHeldIn(Some.Event("apec-2023"), Some.Place("san-francisco"), b);
            graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), b);
        }

        Assert.Equal(GraphJsonWriter.ToJson(plain), GraphJsonWriter.ToJson(sized));
        Assert.Equal(3, sized.EdgeCount);
        Assert.True(sized.TryGetEdge(new EdgeKey("leader:xi-jinping", "LeaderOf", "country:cn"), out var edge));
        Assert.Equal(2, edge.Evidence.Count);
        Assert.Equal(["LeaderOf"], sized.Graph.InEdges(Some.Country("cn")).Select(e => e.Kind));
    }

    [Fact]
    public void Merge_IntoAnEmptyGraph_SizesItForTheOtherGraph()
    {
        var other = new KnowledgeGraph();
        for (var i = 0; i < 100; i++)
        {
            other.AddParticipatedIn(Some.Leader("Leader " + i), Some.Event("meeting-" + i), Some.Evidence());
        }

        var graph = new KnowledgeGraph();
        graph.Merge(other);

        Assert.True(graph.Capacity.Nodes >= 200);
        Assert.True(graph.Capacity.Edges >= 100);
        Assert.Equal(GraphJsonWriter.ToJson(other), GraphJsonWriter.ToJson(graph));
    }
}
