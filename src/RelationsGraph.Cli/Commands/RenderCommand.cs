using System.CommandLine;
using RelationsGraph.Cli.Infrastructure;
using RelationsGraph.Export;
using RelationsGraph.Serialization;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph render graph.json -o graph.svg|png</c>: DOT through Graphviz.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var graphFile = new Argument<string>("graph") { Description = "The graph JSON file to draw." };
        var output = new Option<string>("--output", "-o") { Description = "The picture to write: .svg or .png.", Required = true };
        output.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? "";
            if (!value.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !value.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"--output must end in .svg or .png, not '{value}'.");
            }
        });
        var cluster = ExportCommand.ClusterOption();
        var rankdir = ExportCommand.RankDirOption();
        var title = new Option<string?>("--title") { Description = "A title drawn on the diagram." };

        var command = new Command("render", "Draws a graph file as SVG or PNG with Graphviz's dot.") { graphFile, output, cluster, rankdir, title };
        command.SetAction(parse =>
        {
            var dot = Graphviz.Find() ?? throw new CliException(Graphviz.InstallHint);
            var graph = GraphFiles.Read(parse.GetValue(graphFile)!);
            var text = ExportCommand.Dot(parse.GetValue(cluster), parse.GetValue(rankdir)!, parse.GetValue(title)).ExportToString(graph);
            var path = parse.GetValue(output)!;
            var format = path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "png" : "svg";
            var picture = Graphviz.Render(dot, text, format);
            Write(path, picture);
            context.Error.Write($"wrote {path}\n");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes bytes atomically, with the CLI's error conventions.</summary>
    public static void Write(string path, byte[] bytes)
    {
        try
        {
            AtomicFile.Write(path, stream => stream.Write(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be written: {e.Message}", ExitCodes.BadInput, e);
        }
    }
}
