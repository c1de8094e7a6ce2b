namespace RelationsGraph.Export.Mermaid;

/// <summary>The Mermaid node shape and edge arrow closest to a kind's DOT attributes.</summary>
internal static class MermaidShapes
{
    /// <summary>The brackets that open and close a node of the DOT <paramref name="shape"/> and <paramref name="style"/>.</summary>
    public static (string Open, string Close) Node(string? shape, string? style) => shape switch
    {
        "box" or "rect" or "rectangle" or "square" when HasStyle(style, "rounded") => ("(", ")"),
        "ellipse" or "oval" => ("([", "])"),
        "circle" or "doublecircle" => ("((", "))"),
        "hexagon" => ("{{", "}}"),
        "diamond" => ("{", "}"),
        "cylinder" => ("[(", ")]"),
        "component" => ("[[", "]]"),
        "house" => ("[/", "\\]"),
        "invhouse" => ("[\\", "/]"),
        "parallelogram" => ("[/", "/]"),
        _ => ("[", "]"),
    };

    /// <summary>The arrow of an edge drawn in the DOT <paramref name="style"/>: dotted, thick or plain.</summary>
    public static string Arrow(string? style) =>
        HasStyle(style, "dashed") || HasStyle(style, "dotted") ? "-.->" : HasStyle(style, "bold") ? "==>" : "-->";

    private static bool HasStyle(string? style, string part) =>
        style is not null && style.Split(',', StringSplitOptions.TrimEntries).Contains(part, StringComparer.Ordinal);
}
