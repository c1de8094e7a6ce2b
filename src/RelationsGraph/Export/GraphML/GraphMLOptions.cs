namespace RelationsGraph.Export.GraphML;

/// <summary>What <see cref="GraphMLExporter"/> writes besides the nodes, edges and their properties.</summary>
public sealed record GraphMLOptions
{
    /// <summary>
    /// Whether each edge carries its evidence as an <c>evidence</c> value: a JSON array of the evidence objects of
    /// the graph JSON format. Off by default; the <c>evidenceCount</c> value is always written.
    /// </summary>
    public bool IncludeEvidence { get; init; }
}
