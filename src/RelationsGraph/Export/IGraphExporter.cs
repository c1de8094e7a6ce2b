namespace RelationsGraph.Export;

/// <summary>Writes a whole <see cref="KnowledgeGraph"/> in one text format (DOT, GraphML, Mermaid, JSON, …).</summary>
/// <remarks>
/// <para>
/// Implementers write the graph to the writer they are given and nothing else: they do not flush or close it,
/// and they do not change the graph. The output must be deterministic: the same graph gives the same text
/// whatever the order its facts were added in, on every OS and culture, so sort nodes by id and edges by key,
/// format with the invariant culture and write <c>"\n"</c> line ends explicitly (never
/// <see cref="TextWriter.WriteLine()"/>, whose line end depends on the platform and the writer).
/// </para>
/// <para>
/// An exporter is stateless apart from its options and may be used from several threads at once.
/// </para>
/// </remarks>
public interface IGraphExporter
{
    /// <summary>Writes <paramref name="graph"/> to <paramref name="writer"/>.</summary>
    /// <param name="graph">The graph to write.</param>
    /// <param name="writer">Where to write the text; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    void Export(KnowledgeGraph graph, TextWriter writer);
}
