namespace RelationsGraph.Export.Mermaid;

/// <summary>How <see cref="MermaidExporter"/> draws a graph.</summary>
public sealed record MermaidOptions
{
    /// <summary>A title shown above the diagram (written as front matter); none by default.</summary>
    public string? Title { get; init; }

    /// <summary>The flowchart's direction; left to right by default.</summary>
    public LayoutDirection Direction { get; init; } = LayoutDirection.LeftToRight;
}
