namespace RelationsGraph;

/// <summary>
/// One edge kind as a <see cref="KnowledgeGraph"/> has met it: its CLR type, its number in that graph and, once
/// <see cref="KnowledgeGraph.EdgesOf{TEdge}"/> has asked for them, its edges in the order they were added.
/// </summary>
/// <remarks>
/// The list is built on first use from the graph's edges and kept up to date from then on, so that building a graph
/// whose edges are never listed by kind costs no per-kind lists. Building it is the one write a read makes: the list is
/// filled completely before it is published, so concurrent readers (allowed once writing has stopped) at worst build
/// it twice and all see a complete one.
/// </remarks>
internal sealed class KnownEdgeKind(Type type, int number)
{
    private List<Edge>? edges;

    /// <summary>The edge kind's CLR type: an edge is of this kind when its type is exactly this one.</summary>
    public Type Type { get; } = type;

    /// <summary>The kind's number in its graph, in the order the kinds were first met.</summary>
    public int Number { get; } = number;

    /// <summary>Records <paramref name="edge"/>, just added to the graph, in the kind's list if it has been built.</summary>
    public void Added(Edge edge) => edges?.Add(edge);

    /// <summary>The kind's edges among <paramref name="all"/>, the graph's edges in the order they were added.</summary>
    public List<Edge> EdgesAmong(IReadOnlyList<Edge> all)
    {
        var list = Volatile.Read(ref edges);
        if (list is not null)
        {
            return list;
        }

        list = [];
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].GetType() == Type)
            {
                list.Add(all[i]);
            }
        }

        return Interlocked.CompareExchange(ref edges, list, null) ?? list;
    }
}
