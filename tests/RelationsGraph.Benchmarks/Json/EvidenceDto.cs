namespace RelationsGraph.Benchmarks.Json;

/// <summary>One evidence item: a reference, or an article span.</summary>
internal sealed class EvidenceDto
{
    public string? Reference { get; set; }

    public string? Article { get; set; }

    public int? Sentence { get; set; }

    public int? Start { get; set; }

    public int? End { get; set; }

    public string? Text { get; set; }
}
