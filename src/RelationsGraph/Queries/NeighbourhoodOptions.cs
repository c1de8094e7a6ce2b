namespace RelationsGraph.Queries;

/// <summary>How far a neighbourhood reaches and which kinds it may pass through.</summary>
public sealed record NeighbourhoodOptions
{
    /// <summary>How many edges away from the centre a node may be (1 by default; 0 gives the centre alone).</summary>
    public int Depth { get; init; } = 1;

    /// <summary>
    /// The node kinds the neighbourhood may hold and pass through, by name; null or empty for every kind. A kind
    /// includes the kinds that extend it (<c>Document</c> includes treaties). The centre is always included.
    /// </summary>
    public IReadOnlyCollection<string>? NodeKinds { get; init; }

    /// <summary>The edge kinds the neighbourhood may hold and follow, by name; null or empty for every kind.</summary>
    public IReadOnlyCollection<string>? EdgeKinds { get; init; }

    /// <summary>Options limited to the kinds of the given descriptors.</summary>
    /// <param name="depth">How many edges away from the centre a node may be.</param>
    /// <param name="nodeKinds">The node kinds, or null for every kind.</param>
    /// <param name="edgeKinds">The edge kinds, or null for every kind.</param>
    public static NeighbourhoodOptions Of(int depth, IEnumerable<NodeKindDescriptor>? nodeKinds, IEnumerable<EdgeKindDescriptor>? edgeKinds) => new()
    {
        Depth = depth,
        NodeKinds = nodeKinds?.Select(k => k.Name).ToList(),
        EdgeKinds = edgeKinds?.Select(k => k.Name).ToList(),
    };
}
