namespace RelationsGraph.Testing.Tests.Graphviz;

public sealed class DotDiagnosticsTests
{
    [Theory]
    [InlineData("Error: <stdin>: syntax error in line 3 near '}'", new[] { 3 })]
    [InlineData("Warning: <stdin>: line 4: something\nWarning: <stdin>: line 4: again\nin line 7", new[] { 4, 7 })]
    [InlineData("Warning: using box for unknown shape notashape", new int[0])]
    public void LineNumbers_Stderr_ReturnsDistinctNamedLines(string stderr, int[] expected) =>
        Assert.Equal(expected, DotDiagnostics.LineNumbers(stderr));

    [Fact]
    public void Describe_NamedLine_MarksItWithTwoLinesOfContext()
    {
        var output = new DotOutput(1, "", "Error: <stdin>: syntax error in line 4 near '->'\n", TimedOut: false);

        var message = DotDiagnostics.Describe(output, "l1\r\nl2\r\nl3\r\nl4\r\nl5\r\nl6\r\nl7");

        Assert.Contains("exited with code 1", message, StringComparison.Ordinal);
        Assert.Contains("DOT line 4:\n       2 | l2\n       3 | l3\n  >    4 | l4\n       5 | l5\n       6 | l6\n", message, StringComparison.Ordinal);
        Assert.DoesNotContain("l7", message, StringComparison.Ordinal);
    }
}
