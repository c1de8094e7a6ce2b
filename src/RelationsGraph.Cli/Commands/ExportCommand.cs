using System.CommandLine;
using RelationsGraph.Cli.Infrastructure;
using RelationsGraph.Export;
using RelationsGraph.Export.Dot;
using RelationsGraph.Export.GraphML;
using RelationsGraph.Export.Json;
using RelationsGraph.Export.Mermaid;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph export graph.json --format dot|graphml|mermaid|json -o FILE</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var graphFile = new Argument<string>("graph") { Description = "The graph JSON file to export." };
        var format = new Option<string>("--format") { Description = "The output format.", Required = true };
        format.AcceptOnlyFromAmong("dot", "graphml", "mermaid", "json");
        var output = new Option<string>("--output", "-o") { Description = "The file to write (written whole or not at all).", Required = true };
        var cluster = ClusterOption();
        var rankdir = RankDirOption();
        var title = new Option<string?>("--title") { Description = "A title drawn on the DOT diagram." };

        var command = new Command("export", "Writes a graph file as GraphViz DOT, GraphML, Mermaid or graph JSON.") { graphFile, format, output, cluster, rankdir, title };
        command.SetAction(parse =>
        {
            var graph = GraphFiles.Read(parse.GetValue(graphFile)!);
            IGraphExporter exporter = parse.GetValue(format) switch
            {
                "dot" => Dot(parse.GetValue(cluster), parse.GetValue(rankdir)!, parse.GetValue(title)),
                "graphml" => new GraphMLExporter(),
                "mermaid" => new MermaidExporter(new MermaidOptions { Direction = Direction(parse.GetValue(rankdir)!) }),
                _ => new JsonExporter(),
            };
            var path = parse.GetValue(output)!;
            GraphFiles.WriteText(path, exporter.ExportToString(graph));
            context.Error.Write($"wrote {path} ({graph.NodeCount} nodes, {graph.EdgeCount} edges)\n");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Option<string> ClusterOption()
    {
        var cluster = new Option<string>("--cluster") { Description = "Group DOT nodes into boxes by country or by kind.", DefaultValueFactory = _ => "none" };
        cluster.AcceptOnlyFromAmong("none", "country", "kind");
        return cluster;
    }

    public static Option<string> RankDirOption()
    {
        var rankdir = new Option<string>("--rankdir") { Description = "The direction edges point in the diagram.", DefaultValueFactory = _ => "LR" };
        rankdir.AcceptOnlyFromAmong("LR", "TB", "RL", "BT");
        return rankdir;
    }

    public static DotExporter Dot(string? cluster, string rankdir, string? title) => new(new DotOptions
    {
        Title = title,
        RankDirection = Direction(rankdir),
        Clusters = cluster switch
        {
            "country" => DotClusters.Country,
            "kind" => DotClusters.Kind,
            _ => DotClusters.None,
        },
    });

    public static LayoutDirection Direction(string code) => code switch
    {
        "TB" => LayoutDirection.TopToBottom,
        "RL" => LayoutDirection.RightToLeft,
        "BT" => LayoutDirection.BottomToTop,
        _ => LayoutDirection.LeftToRight,
    };
}
