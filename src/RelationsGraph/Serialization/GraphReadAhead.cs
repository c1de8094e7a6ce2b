namespace RelationsGraph.Serialization;

/// <summary>
/// Loads the objects a writer is about to format, a few nodes ahead, in short loops of their own, so that their cache
/// misses overlap instead of coming one after another.
/// </summary>
/// <remarks>
/// <para>
/// The graph JSON format lists nodes by id, while the graph's objects lie in memory in the order they were added. An
/// edge written in id order is a chain of dependent loads into memory nothing has touched for a while (the edge, its
/// target node, the target's encoded id, the evidence set, its array, each evidence item, its strings), and formatting
/// one edge is long enough that the processor cannot start the next edge's loads while it waits for this one's. On a
/// graph of 100,000 nodes, far larger than the caches, that waiting was most of the writer's time, and why it slowed
/// per node from 10,000 nodes to 100,000 while a baseline that walks objects allocated in output order did not.
/// </para>
/// <para>
/// Each pass below follows one more link of those chains for every edge of a window of nodes; the loads of different
/// edges do not depend on each other, so the processor keeps many in flight. The formatting that follows finds the
/// objects in the cache. What is read is summed into <see cref="Checksum"/> only so that the loads are not optimized away.
/// </para>
/// </remarks>
internal sealed class GraphReadAhead
{
    /// <summary>How many nodes are read ahead at a time: about 40 edges, which fit in the caches many times over.</summary>
    public const int Window = 8;

    private readonly KnowledgeGraph graph;

    /// <summary>A reader ahead of <paramref name="graph"/>'s nodes and edges.</summary>
    public GraphReadAhead(KnowledgeGraph graph) => this.graph = graph;

    /// <summary>A sum of what was read; it means nothing, but keeps the loads from being optimized away.</summary>
    public int Checksum { get; private set; }

    /// <summary>Loads each node of <paramref name="nodes"/> and its name.</summary>
    public void Nodes(ReadOnlySpan<Node> nodes)
    {
        var sum = 0;
        foreach (var node in nodes)
        {
            sum += node.Index;
        }

        foreach (var node in nodes)
        {
            sum += node.Name.Length + node.Aliases.Count;
        }

        Checksum += sum;
    }

    /// <summary>Loads the out-edges of <paramref name="nodes"/>, their targets' encoded ids (by node number in <paramref name="ids"/>) and their evidence.</summary>
    public void OutEdges(ReadOnlySpan<Node> nodes, GraphJsonEncodedIds ids)
    {
        var sum = 0;
        foreach (var node in nodes)
        {
            foreach (var link in graph.OutEdgesAt(node.Index))
            {
                var edge = link.Edge;
                sum += edge.Target.Index + edge.Kind.Length;
            }
        }

        foreach (var node in nodes)
        {
            foreach (var link in graph.OutEdgesAt(node.Index))
            {
                var edge = link.Edge;
                sum += ids[edge.Target.Index][0] + edge.EvidenceItems.Length;
            }
        }

        foreach (var node in nodes)
        {
            foreach (var link in graph.OutEdgesAt(node.Index))
            {
                var edge = link.Edge;
                foreach (var evidence in edge.EvidenceItems)
                {
                    sum += evidence.Sentence;
                }
            }
        }

        foreach (var node in nodes)
        {
            foreach (var link in graph.OutEdgesAt(node.Index))
            {
                var edge = link.Edge;
                foreach (var evidence in edge.EvidenceItems)
                {
                    sum += (evidence.Article?.Length ?? 0) + (evidence.Text?.Length ?? 0) + (evidence.Reference?.Length ?? 0);
                }
            }
        }

        Checksum += sum;
    }
}
