using RelationsGraph.Testing.Tests.Support;
using Xunit.Sdk;

namespace RelationsGraph.Testing.Tests.Graphviz;

public sealed class GraphvizDotTests
{
    private const string ShellScriptDot = "The stand-in dot is a shell script.";

    [Fact]
    public void AssertRenders_ValidGraph_ReturnsSvg()
    {
        var svg = GraphvizDot.AssertRenders("digraph {\n  \"a\" -> \"b\" [label=\"ally\"];\n}\n");

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.True(GraphvizDot.IsAvailable);
    }

    [Fact]
    public void AssertRenders_SyntaxError_FailsShowingStderrAndOffendingLine()
    {
        GraphvizDot.EnsureAvailable();

        var failure = Assert.Throws<FailException>(() => GraphvizDot.AssertRenders("digraph {\n  a -> b;\n  a -> }\n"));

        Assert.Contains("syntax error in line 3", failure.Message, StringComparison.Ordinal);
        Assert.Contains("DOT line 3:", failure.Message, StringComparison.Ordinal);
        Assert.Contains(">    3 |   a -> }", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertRenders_WarningWithExitCodeZero_Fails()
    {
        GraphvizDot.EnsureAvailable();

        var failure = Assert.Throws<FailException>(() => GraphvizDot.AssertRenders("digraph { node [shape=notashape]; a -> b }"));

        Assert.Contains("exited with code 0", failure.Message, StringComparison.Ordinal);
        Assert.Contains("notashape", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertRenders_DotNotOnPath_Skips()
    {
        using var empty = new TempDirectory();
        var runner = new GraphvizRunner(new FakeEnvironment().Set("PATH", empty.Path).Read, TimeSpan.FromSeconds(60));

        var skip = CatchSkip(() => runner.AssertRenders("digraph {}"));

        Assert.Contains("Graphviz 'dot' is not installed", skip.Message, StringComparison.Ordinal);
        Assert.Null(runner.FindDot());
    }

    [Fact]
    public void AssertRenders_DotNotOnPathButRequired_Fails()
    {
        using var empty = new TempDirectory();
        var environment = new FakeEnvironment().Set("PATH", empty.Path).Set(EnvironmentVariables.RequireGraphviz, "1");
        var runner = new GraphvizRunner(environment.Read, TimeSpan.FromSeconds(60));

        var failure = Assert.Throws<FailException>(() => runner.AssertRenders("digraph {}"));

        Assert.Contains("RELATIONSGRAPH_REQUIRE_GRAPHVIZ=1 requires it", failure.Message, StringComparison.Ordinal);
    }

    [Fact(Skip = ShellScriptDot, SkipWhen = nameof(Platform.IsWindows), SkipType = typeof(Platform))]
    public void AssertRenders_DotRunsPastTimeout_FailsAfterKillingIt()
    {
        using var folder = new TempDirectory();
        FakeExecutables.Create(folder.Path, "dot", "sleep 30");
        var runner = new GraphvizRunner(new FakeEnvironment().Set("PATH", folder.Path).Read, TimeSpan.FromMilliseconds(500));

        var failure = Assert.Throws<FailException>(() => runner.AssertRenders("digraph {}"));

        Assert.Contains("did not finish", failure.Message, StringComparison.Ordinal);
    }

    [Fact(Skip = ShellScriptDot, SkipWhen = nameof(Platform.IsWindows), SkipType = typeof(Platform))]
    public void AssertRenders_StderrWithoutLineNumber_ShowsWholeDotText()
    {
        using var folder = new TempDirectory();
        FakeExecutables.Create(folder.Path, "dot", "cat >/dev/null; echo 'Warning: something odd' >&2; exit 0");
        var runner = new GraphvizRunner(new FakeEnvironment().Set("PATH", folder.Path).Read, TimeSpan.FromSeconds(60));

        var failure = Assert.Throws<FailException>(() => runner.AssertRenders("digraph {\n  a;\n}"));

        Assert.Contains("  Warning: something odd\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("DOT text:\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("2 |   a;", failure.Message, StringComparison.Ordinal);
    }

    // Assert.Throws lets a SkipException through (the test would be reported skipped), so catch it by hand.
    private static SkipException CatchSkip(Action action)
    {
        try
        {
            action();
        }
        catch (SkipException skip)
        {
            return skip;
        }

        throw FailException.ForFailure("Expected the test to be skipped.");
    }
}
