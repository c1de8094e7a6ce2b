namespace RelationsGraph.Export;

/// <summary>The two-letter codes DOT (<c>rankdir</c>) and Mermaid (<c>flowchart LR</c>) share.</summary>
internal static class LayoutDirections
{
    /// <summary><c>TB</c>, <c>LR</c>, <c>BT</c> or <c>RL</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a member of the enum.</exception>
    public static string Code(LayoutDirection direction) => direction switch
    {
        LayoutDirection.TopToBottom => "TB",
        LayoutDirection.LeftToRight => "LR",
        LayoutDirection.BottomToTop => "BT",
        LayoutDirection.RightToLeft => "RL",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a layout direction."),
    };
}
