namespace RelationsGraph.Testing;

/// <summary>The environment variables the test helpers read, and how flags are parsed.</summary>
internal static class EnvironmentVariables
{
    /// <summary>Set to <c>1</c> to overwrite verified snapshots with the received text.</summary>
    public const string AcceptSnapshots = "RELATIONSGRAPH_ACCEPT_SNAPSHOTS";

    /// <summary>Set to <c>1</c> to fail, instead of skip, tests that need Graphviz when it is missing.</summary>
    public const string RequireGraphviz = "RELATIONSGRAPH_REQUIRE_GRAPHVIZ";

    /// <summary>Set by CI systems; when true, snapshots are never accepted.</summary>
    public const string Ci = "CI";

    /// <summary>The executable search path.</summary>
    public const string Path = "PATH";

    /// <summary>True for <c>1</c> or <c>true</c> (any case); false for anything else, unset included.</summary>
    public static bool IsEnabled(string? value) =>
        value is not null
        && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
}
