namespace RelationsGraph.Export.Dot;

/// <summary>One cluster of a DOT export.</summary>
/// <param name="Key">What makes the cluster's id unique (a country's id, <c>kind:Leader</c>).</param>
/// <param name="Label">The title drawn on the cluster.</param>
/// <param name="Color">The border colour, if any.</param>
/// <param name="Nodes">The nodes inside, by id.</param>
internal sealed record DotCluster(string Key, string Label, string? Color, IReadOnlyList<Node> Nodes);
