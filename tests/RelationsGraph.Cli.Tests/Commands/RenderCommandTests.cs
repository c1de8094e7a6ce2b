using RelationsGraph.Cli.Tests.Support;

namespace RelationsGraph.Cli.Tests.Commands;

public class RenderCommandTests
{
    [Fact]
    public async Task Render_Svg_WritesAnSvgDrawnByDot()
    {
        GraphvizDot.EnsureAvailable();
        using var temp = new TempFolder();
        var output = temp.File("graph.svg");

        var run = await Relgraph.RunAsync("render", await Fixtures.GraphAsync(), "-o", output, "--cluster", "country");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<svg", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OtherExtension_IsAUsageError()
    {
        using var temp = new TempFolder();

        var run = await Relgraph.RunAsync("render", await Fixtures.GraphAsync(), "-o", temp.File("graph.gif"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must end in .svg or .png", run.Error, StringComparison.Ordinal);
    }
}
