namespace RelationsGraph.Benchmarks.Json;

/// <summary>An edge of any kind: the envelope, every kind's properties (alphabetical, null when absent), then the evidence.</summary>
internal sealed class EdgeDto
{
    public string Kind { get; set; } = "";

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public int? Anniversary { get; set; }

    public string? Since { get; set; }

    public string? Title { get; set; }

    public string? Until { get; set; }

    public string? Verb { get; set; }

    public List<EvidenceDto> Evidence { get; set; } = [];
}
