namespace RelationsGraph.Export.Dot;

/// <summary>How <see cref="DotExporter"/> draws a graph.</summary>
public sealed record DotOptions
{
    /// <summary>A title drawn above the graph (the graph's <c>label</c>); none by default.</summary>
    public string? Title { get; init; }

    /// <summary>The layout direction; left to right by default.</summary>
    public LayoutDirection RankDirection { get; init; } = LayoutDirection.LeftToRight;

    /// <summary>How nodes are grouped into clusters; not at all by default.</summary>
    public DotClusters Clusters { get; init; } = DotClusters.None;
}
