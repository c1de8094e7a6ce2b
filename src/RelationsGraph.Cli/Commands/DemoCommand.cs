using System.CommandLine;
using RelationsGraph.Cli.Infrastructure;
using RelationsGraph.Export;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Serialization;

namespace RelationsGraph.Cli.Commands;

/// <summary>
/// <c>relgraph demo</c>: builds the graph of the sample article shipped inside the tool, prints its facts
/// and which agreements cite which foundational documents, and writes the graph as JSON and DOT (and SVG
/// when Graphviz is installed).
/// </summary>
internal static class DemoCommand
{
    /// <summary>The article id of the bundled sample.</summary>
    public const string SampleId = "sample-article";

    public static Command Create(CliContext context)
    {
        var folder = new Option<string>("--output-dir") { Description = "Where to write the demo's graph.json, graph.dot and graph.svg.", DefaultValueFactory = _ => "relgraph-demo" };
        var command = new Command("demo", "Builds the graph of a sample article shipped with the tool and shows what it found.") { folder };
        command.SetAction(parse =>
        {
            var graph = new GraphExtractor().Extract(SampleId, SampleText());
            var output = context.Out;
            output.Write("RelationsGraph demo: a Xinhua-style report of the Xi-Kishida meeting of 16 November 2023 (written by the RelationsGraph team)\n\n");
            Facts(graph).Write(output, "table");
            output.Write('\n');
            QueryTables.Citations(graph).Write(output, "table");
            output.Write('\n');
            QueryTables.Meetings(graph).Write(output, "table");
            output.Write('\n');

            var target = parse.GetValue(folder)!;
            var json = Path.Combine(target, "graph.json");
            var dotFile = Path.Combine(target, "graph.dot");
            GraphFiles.WriteText(json, GraphJsonWriter.ToJson(graph));
            var dotText = ExportCommand.Dot("country", "LR", "Xi Jinping meets Fumio Kishida, San Francisco, 2023-11-16").ExportToString(graph);
            GraphFiles.WriteText(dotFile, dotText);
            output.Write($"wrote {json} and {dotFile}\n");
            if (Graphviz.Find() is { } dot)
            {
                var svg = Path.Combine(target, "graph.svg");
                RenderCommand.Write(svg, Graphviz.Render(dot, dotText, "svg"));
                output.Write($"wrote {svg}\n");
            }
            else
            {
                output.Write($"no SVG: {Graphviz.InstallHint}\n");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The sample article's text, as shipped in the tool.</summary>
    public static string SampleText()
    {
        using var stream = typeof(DemoCommand).Assembly.GetManifestResourceStream("RelationsGraph.Cli.Sample.sample-article.txt")
            ?? throw new InvalidOperationException("The sample article is missing from the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every fact of the graph except mentions, with its first piece of evidence.</summary>
    public static ResultTable Facts(KnowledgeGraph graph)
    {
        var table = new ResultTable("Facts found in the article", "from", "fact", "to", "evidence");
        foreach (var edge in graph.Edges.Where(e => e is not Mentions).OrderBy(e => e.Key))
        {
            var evidence = edge.Evidence.FirstOrDefault(e => !e.IsReference) ?? (edge.Evidence.Count > 0 ? edge.Evidence[0] : null);
            table.Add(edge.Source.Name, edge.Kind, edge.Target.Name, evidence is null ? "" : QueryTables.Describe(evidence));
        }

        return table;
    }
}
