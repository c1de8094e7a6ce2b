using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using RelationsGraph.Benchmarks.Graphs;
using RelationsGraph.Benchmarks.Harness;
using RelationsGraph.Benchmarks.Json;
using RelationsGraph.Serialization;

namespace RelationsGraph.Benchmarks.Suites;

/// <summary>Writing the graph JSON format: the generated writer against reflection System.Text.Json writing the same bytes.</summary>
[Description("Write the graph JSON document (with evidence) of a graph of Size nodes into a reused MemoryStream. Baseline: JsonSerializer.Serialize of plain DTO classes (default reflection resolver) already in sorted order, producing the same bytes. GeneratedWriter: GraphJsonWriter.Write(graph, stream), sorting included. ReflectionWithMapping: sort and map the graph to the DTOs, then JsonSerializer.Serialize: what a reflection-based writer of a KnowledgeGraph would do.")]
public class JsonWriteBenchmarks : IPayloadSize, IDisposable
{
    private readonly MemoryStream stream = new();
    private KnowledgeGraph graph = null!;
    private GraphDto dto = null!;

    [Params(Sizes.Small, Sizes.Medium, Sizes.LargeJson)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        graph = TypedGraphBuilder.Build(SyntheticGraph.Generate(Size, withEvidence: true));
        dto = DtoWriter.From(graph);
    }

    [Benchmark(Baseline = true)]
    public long ReflectionStj()
    {
        stream.SetLength(0);
        ReflectionJson.Write(dto, stream);
        return stream.Length;
    }

    [Benchmark]
    public long GeneratedWriter()
    {
        stream.SetLength(0);
        GraphJsonWriter.Write(graph, stream);
        return stream.Length;
    }

    [Benchmark]
    public long ReflectionWithMapping()
    {
        stream.SetLength(0);
        ReflectionJson.Write(DtoWriter.From(graph), stream);
        return stream.Length;
    }

    public long PayloadBytes(string method) => JsonDocuments.Bytes(Size);

    public void Dispose()
    {
        stream.Dispose();
        GC.SuppressFinalize(this);
    }
}
