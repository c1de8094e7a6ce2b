namespace RelationsGraph.Benchmarks.Json;

/// <summary>
/// A node of any kind: the envelope, then every kind's properties in the order the generated writer writes them
/// (alphabetical), null when the kind lacks them, so that reflection serialization writes the same bytes.
/// </summary>
internal sealed class NodeDto
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string>? Aliases { get; set; }

    public string? Acronym { get; set; }

    public string? CameoCode { get; set; }

    public string? Capital { get; set; }

    public string? Date { get; set; }

    public string? Dateline { get; set; }

    public string? DatelineDate { get; set; }

    public List<string>? Demonyms { get; set; }

    public string? DocumentKind { get; set; }

    public string? EventKind { get; set; }

    public bool? Foundational { get; set; }

    public string? InForceOn { get; set; }

    public string? Iso2 { get; set; }

    public int? Ordinal { get; set; }

    public string? Outlet { get; set; }

    public string? PublishedAt { get; set; }

    public string? SignedOn { get; set; }

    public string? Title { get; set; }

    public string? UnStatus { get; set; }
}
