namespace RelationsGraph.Queries;

/// <summary>Which events commemorate which treaties or documents, which anniversary, and how many years lie between.</summary>
public sealed class AnniversaryQuery
{
    /// <summary>Every <see cref="Commemorates"/> fact, by the document's signing date, then document id, then event id.</summary>
    /// <param name="graph">The graph to read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Every query is an instance, so that options can be added without breaking callers.")]
    public IReadOnlyList<Anniversary> Run(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var anniversaries = graph.EdgesOf<Commemorates>()
            .Select(edge => new Anniversary(edge.Source, edge.Target, edge.Anniversary, NodeDates.DateOf(edge.Target), edge.Source.Date, edge))
            .ToList();
        anniversaries.Sort(static (a, b) =>
        {
            var c = NodeDates.UndatedLast.Compare(a.SignedOn, b.SignedOn);
            c = c != 0 ? c : string.CompareOrdinal(a.Document.Id, b.Document.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Event.Id, b.Event.Id);
        });
        return anniversaries;
    }
}
