namespace RelationsGraph.Queries;

/// <summary>The events and documents of the graph in date order.</summary>
/// <remarks>
/// Dates keep their precision: a date known only to the year sorts before the months and days of that year, and
/// a month-only date before the days of that month (<c>1978</c>, <c>1978-08</c>, <c>1978-08-12</c>, <c>1978-09</c>).
/// Undated entries come last. Entries with the same date are ordered by id, ordinally.
/// </remarks>
public sealed class TimelineQuery
{
    /// <summary>Every event and document (treaties included), in date order.</summary>
    /// <param name="graph">The graph to read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Every query is an instance, so that options can be added without breaking callers.")]
    public IReadOnlyList<TimelineEntry> Run(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entries = graph.NodesOf<Event>().Cast<Node>()
            .Concat(graph.NodesOf<Document>())
            .Select(node => new TimelineEntry(NodeDates.DateOf(node), node))
            .ToList();
        entries.Sort(static (a, b) =>
        {
            var c = NodeDates.UndatedLast.Compare(a.Date, b.Date);
            return c != 0 ? c : string.CompareOrdinal(a.Node.Id, b.Node.Id);
        });
        return entries;
    }
}
