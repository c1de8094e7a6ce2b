namespace RelationsGraph.Tests.Support;

/// <summary>Asserts that two graphs hold the same facts: node by node and edge by edge, properties and evidence included.</summary>
public static class GraphAssert
{
    public static void Equal(KnowledgeGraph expected, KnowledgeGraph actual)
    {
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        Assert.Equal(expected.EdgeCount, actual.EdgeCount);
        foreach (var node in expected.Nodes)
        {
            Assert.True(actual.TryGetNode(node.Id, out var other), $"missing node {node.Id}");
            Assert.Equal(node.GetType(), other.GetType());
            Assert.Equal(node.Kind, other.Kind);
            Assert.Equal(node.Name, other.Name);
            Assert.Equal(node.Aliases, other.Aliases);
            Assert.Equal(PropertyDump.Of(node), PropertyDump.Of(other));
        }

        foreach (var edge in expected.Edges)
        {
            Assert.True(actual.TryGetEdge(edge.Key, out var other), $"missing edge {edge.Key}");
            Assert.Equal(edge.GetType(), other.GetType());
            Assert.Equal(PropertyDump.Of(edge), PropertyDump.Of(other));
            Assert.Equal(edge.Evidence, other.Evidence);
            Assert.Same(actual.Graph.Vertices.Single(v => v.Id == edge.Source.Id), other.Source);
        }
    }
}
