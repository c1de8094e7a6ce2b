using RelationsGraph.Serialization;

namespace RelationsGraph.Tests.Serialization;

public sealed class GraphOrderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NodesById_IsTheOrdinalOrderOfTheIds(bool withNonAscii)
    {
        // ASCII ids are sorted by their bytes, any other set by the strings: both must be the ordinal order.
        var ids = new List<string> { "org:a", "org:B", "org:a-b", "org:a_b", "org:ab", "org:a b", "org:~", "org:Z", "org:a\"", "org:A" };
        if (withNonAscii)
        {
            ids.AddRange(["org:é", "org:e\u0301", "org:🕊", "org:\u00ff"]);
        }

        var graph = new KnowledgeGraph();
        foreach (var id in ids)
        {
            graph.AddNode(new Organization { Id = id, Name = id });
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), GraphOrder.NodesById(graph).Select(n => n.Id));
    }
}
