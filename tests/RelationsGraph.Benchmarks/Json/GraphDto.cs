namespace RelationsGraph.Benchmarks.Json;

/// <summary>The graph JSON format as plain classes for reflection System.Text.Json: the baseline of the JSON suites.</summary>
internal sealed class GraphDto
{
    public string Format { get; set; } = "";

    public int Version { get; set; }

    public List<NodeDto> Nodes { get; set; } = [];

    public List<EdgeDto> Edges { get; set; } = [];
}
