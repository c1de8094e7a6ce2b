using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using RelationsGraph.Benchmarks.Harness;
using RelationsGraph.Benchmarks.Json;
using RelationsGraph.Serialization;

namespace RelationsGraph.Benchmarks.Suites;

/// <summary>Reading the graph JSON format: the generated reader against reflection System.Text.Json reading the same bytes.</summary>
[Description("Read the graph JSON document (with evidence) of a graph of Size nodes from a byte array. Baseline: JsonSerializer.Deserialize into plain DTO classes (default reflection resolver), no validation and no graph. GeneratedReader: GraphJsonReader.Read, which validates the document against the ontology and builds the KnowledgeGraph. ReflectionThenBuild: the DTOs, then a KnowledgeGraph built from them: what a reflection-based reader would do.")]
public class JsonReadBenchmarks : IPayloadSize
{
    private byte[] document = [];

    [Params(Sizes.Small, Sizes.Medium, Sizes.LargeJson)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => document = JsonDocuments.Create(Size);

    [Benchmark(Baseline = true)]
    public long ReflectionStj()
    {
        var dto = ReflectionJson.Read(document);
        return dto.Nodes.Count + dto.Edges.Count;
    }

    [Benchmark]
    public long GeneratedReader()
    {
        var graph = new GraphJsonReader().Read(document);
        return graph.NodeCount + graph.EdgeCount;
    }

    [Benchmark]
    public long ReflectionThenBuild()
    {
        var graph = DtoReader.ToGraph(ReflectionJson.Read(document));
        return graph.NodeCount + graph.EdgeCount;
    }

    public long PayloadBytes(string method) => JsonDocuments.Bytes(Size);
}
