namespace RelationsGraph.Export;

/// <summary>The direction in which a diagram's edges point, for exporters that lay out in ranks (DOT, Mermaid).</summary>
public enum LayoutDirection
{
    /// <summary>Edges point down (<c>TB</c>).</summary>
    TopToBottom,

    /// <summary>Edges point right (<c>LR</c>).</summary>
    LeftToRight,

    /// <summary>Edges point up (<c>BT</c>).</summary>
    BottomToTop,

    /// <summary>Edges point left (<c>RL</c>).</summary>
    RightToLeft,
}
