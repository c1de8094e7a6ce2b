using System.Collections.Concurrent;
using RelationsGraph.Benchmarks.Graphs;
using RelationsGraph.Serialization;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>The graph JSON document (with evidence) of the synthetic graph of each size, as the JSON suites read it.</summary>
public static class JsonDocuments
{
    private static readonly ConcurrentDictionary<int, long> Lengths = new();

    /// <summary>The document of the graph with <paramref name="size"/> nodes, written by <see cref="GraphJsonWriter"/>.</summary>
    public static byte[] Create(int size)
    {
        var graph = TypedGraphBuilder.Build(SyntheticGraph.Generate(size, withEvidence: true));
        using var stream = new MemoryStream();
        GraphJsonWriter.Write(graph, stream);
        return stream.ToArray();
    }

    /// <summary>The document's length in bytes (the same on every run: the generator is deterministic).</summary>
    public static long Bytes(int size) => Lengths.GetOrAdd(size, s => Create(s).LongLength);
}
