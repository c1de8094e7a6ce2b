namespace RelationsGraph.Queries;

/// <summary>The part of a graph around one node.</summary>
/// <param name="Centre">The node the neighbourhood is around (the new graph's own copy).</param>
/// <param name="Graph">
/// A new graph holding the nodes within reach and every edge of an allowed kind between them, with their evidence.
/// </param>
/// <param name="Distances">How many edges separate each node's id from the centre (0 for the centre).</param>
public sealed record Neighbourhood(Node Centre, KnowledgeGraph Graph, IReadOnlyDictionary<string, int> Distances);
