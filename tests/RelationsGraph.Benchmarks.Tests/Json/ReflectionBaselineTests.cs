using RelationsGraph.Benchmarks.Graphs;
using RelationsGraph.Benchmarks.Json;
using RelationsGraph.Serialization;

namespace RelationsGraph.Benchmarks.Tests.Json;

/// <summary>The reflection baselines do the generated code's work: same bytes out, same graph back.</summary>
public class ReflectionBaselineTests
{
    private static readonly KnowledgeGraph Graph = TypedGraphBuilder.Build(SyntheticGraph.Generate(1000));

    [Fact]
    public void Write_ReflectionDtos_WritesTheGeneratedWritersBytes()
    {
        using var generated = new MemoryStream();
        using var reflection = new MemoryStream();

        GraphJsonWriter.Write(Graph, generated);
        ReflectionJson.Write(DtoWriter.From(Graph), reflection);

        Assert.Equal(generated.ToArray(), reflection.ToArray());
    }

    [Fact]
    public void Read_ReflectionDtosThenBuild_GivesTheSameGraph()
    {
        var json = GraphJsonWriter.ToJson(Graph);

        var read = DtoReader.ToGraph(ReflectionJson.Read(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal(json, GraphJsonWriter.ToJson(read));
    }
}
