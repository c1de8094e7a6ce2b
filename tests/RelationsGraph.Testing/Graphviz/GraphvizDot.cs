namespace RelationsGraph.Testing;

/// <summary>Checks DOT text by rendering it with the real Graphviz <c>dot</c> program.</summary>
/// <remarks>
/// <c>dot</c> is looked up in the folders of <c>PATH</c>. When it is missing, tests that need it are
/// skipped, or fail when <c>RELATIONSGRAPH_REQUIRE_GRAPHVIZ=1</c> (set it on CI so a missing
/// Graphviz cannot pass unnoticed).
/// </remarks>
public static class GraphvizDot
{
    /// <summary>Whether <c>dot</c> is found on <c>PATH</c>.</summary>
    public static bool IsAvailable => GraphvizRunner.Default.FindDot() is not null;

    /// <summary>Skips the current test when <c>dot</c> is missing (fails instead under <c>RELATIONSGRAPH_REQUIRE_GRAPHVIZ=1</c>).</summary>
    /// <exception cref="Xunit.Sdk.SkipException">Graphviz is missing.</exception>
    /// <exception cref="Xunit.Sdk.FailException">Graphviz is missing and required.</exception>
    public static void EnsureAvailable() => GraphvizRunner.Default.RequireDot();

    /// <summary>
    /// Renders <paramref name="dotText"/> with <c>dot -Tsvg</c> and fails the test on a non-zero exit,
    /// any output on stderr (warnings included) or no exit within 180 seconds.
    /// </summary>
    /// <remarks>The failure message holds dot's stderr and the DOT lines it names.</remarks>
    /// <param name="dotText">The graph in the DOT language.</param>
    /// <returns>The SVG that dot wrote.</returns>
    /// <exception cref="Xunit.Sdk.FailException">dot rejected or warned about the graph, or Graphviz is missing and required.</exception>
    /// <exception cref="Xunit.Sdk.SkipException">Graphviz is missing.</exception>
    public static string AssertRenders(string dotText) => GraphvizRunner.Default.AssertRenders(dotText);
}
