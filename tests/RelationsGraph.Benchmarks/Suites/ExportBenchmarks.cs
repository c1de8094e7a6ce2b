using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using RelationsGraph.Benchmarks.Exports;
using RelationsGraph.Benchmarks.Harness;

namespace RelationsGraph.Benchmarks.Suites;

/// <summary>Exporting a whole graph as DOT, GraphML and Mermaid text, against a minimal writer of the same nodes and edges.</summary>
[Description("Export a prebuilt graph of Size nodes (no evidence) into a reused MemoryStream through a reused StreamWriter (UTF-8, 64 K buffer, as ExportToFile writes), flushed. Baseline MinimalText: the floor of any text export: nodes sorted by id and edges by key, as every exporter sorts them, one line each with the id and name, or the ends and the kind's label, with no quoting, escaping or styling. Dot, GraphML, Mermaid: DotExporter, GraphMLExporter and MermaidExporter with their default options. MB/s counts each method's own output, so it compares time per byte, and the ratio time per graph. Each method returns the nodes plus edges it wrote, counted in its output (one marker per node and edge, found with a vectorized search of the bytes, a few milliseconds at 100,000 nodes).")]
[SuiteSizes(ShortMaximum = Sizes.Small)]
public class ExportBenchmarks : IPayloadSize, IDisposable
{
    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.Ordinal)
    {
        [nameof(MinimalText)] = ExportFormats.Minimal,
        [nameof(Dot)] = ExportFormats.Dot,
        [nameof(GraphML)] = ExportFormats.GraphML,
        [nameof(Mermaid)] = ExportFormats.Mermaid,
    };

    private readonly MemoryStream stream = new();
    private readonly StreamWriter writer;
    private KnowledgeGraph graph = null!;

    /// <summary>A suite whose writer writes to its reused stream.</summary>
    public ExportBenchmarks() => writer = new StreamWriter(stream, ExportFormats.Utf8, ExportFormats.BufferSize, leaveOpen: true);

    /// <summary>Nodes in the graph.</summary>
    [Params(Sizes.Small, Sizes.Medium)]
    public int Size { get; set; }

    /// <summary>Builds the graph.</summary>
    [GlobalSetup]
    public void Setup() => graph = ExportFormats.Graph(Size);

    /// <summary>One plain line per node and per edge.</summary>
    [Benchmark(Baseline = true)]
    public long MinimalText() => Export(ExportFormats.Minimal);

    /// <summary><see cref="RelationsGraph.Export.Dot.DotExporter"/>.</summary>
    [Benchmark]
    public long Dot() => Export(ExportFormats.Dot);

    /// <summary><see cref="RelationsGraph.Export.GraphML.GraphMLExporter"/>.</summary>
    [Benchmark]
    public long GraphML() => Export(ExportFormats.GraphML);

    /// <summary><see cref="RelationsGraph.Export.Mermaid.MermaidExporter"/>.</summary>
    [Benchmark]
    public long Mermaid() => Export(ExportFormats.Mermaid);

    /// <inheritdoc />
    public long PayloadBytes(string method) => ExportFormats.Bytes(Size, Formats[method]);

    /// <summary>Disposes the writer and the stream.</summary>
    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
        GC.SuppressFinalize(this);
    }

    private long Export(ExportFormat format)
    {
        stream.SetLength(0);
        format.Exporter.Export(graph, writer);
        writer.Flush();
        return format.CountElements(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }
}
