using System.Collections.Concurrent;
using System.Text;
using RelationsGraph.Benchmarks.Graphs;
using RelationsGraph.Export.Dot;
using RelationsGraph.Export.GraphML;
using RelationsGraph.Export.Mermaid;

namespace RelationsGraph.Benchmarks.Exports;

/// <summary>The formats of the export suite, and the bytes each writes for a graph of each size.</summary>
public static class ExportFormats
{
    /// <summary>UTF-8 without a byte-order mark, as <c>ExportToFile</c> writes.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The writer's buffer in characters, as <c>ExportToFile</c> uses.</summary>
    public const int BufferSize = 1 << 16;

    private static readonly ConcurrentDictionary<int, Dictionary<ExportFormat, long>> Lengths = new();

    /// <summary>One line per node and per edge.</summary>
    public static ExportFormat Minimal { get; } = new(new MinimalTextExporter(), "\n");

    /// <summary>Graphviz DOT, default options (no title, no clusters): every node and edge statement has one <c> [label=</c>.</summary>
    public static ExportFormat Dot { get; } = new(new DotExporter(), " [label=");

    /// <summary>GraphML, default options (no evidence).</summary>
    public static ExportFormat GraphML { get; } = new(new GraphMLExporter(), "<node ", "<edge ");

    /// <summary>A Mermaid flowchart, default options (no title): node and edge lines start with a node name, <c>n0</c>, <c>n1</c>, ….</summary>
    public static ExportFormat Mermaid { get; } = new(new MermaidExporter(), "\n    n");

    /// <summary>The graph every method of the suite exports: the synthetic graph of <paramref name="size"/> nodes, without evidence.</summary>
    public static KnowledgeGraph Graph(int size) => TypedGraphBuilder.Build(SyntheticGraph.Generate(size, withEvidence: false));

    /// <summary>Every format, the floor first.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = [Minimal, Dot, GraphML, Mermaid];

    /// <summary>The UTF-8 bytes <paramref name="format"/> writes for the graph of <paramref name="size"/> nodes (every format is measured on one build of the graph).</summary>
    public static long Bytes(int size, ExportFormat format) => Lengths.GetOrAdd(size, static s =>
    {
        var graph = Graph(s);
        return All.ToDictionary(f => f, f => Measure(graph, f));
    })[format];

    private static long Measure(KnowledgeGraph graph, ExportFormat format)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8, BufferSize, leaveOpen: true))
        {
            format.Exporter.Export(graph, writer);
        }

        return stream.Length;
    }
}
