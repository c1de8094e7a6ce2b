namespace RelationsGraph.Extraction.Reading;

/// <summary>Facts read from noise lines before they are dropped: time stamp, outlet, byline.</summary>
internal sealed class PageFacts
{
    public DateTimeOffset? PublishedAt { get; set; }

    public string? UpdatedOutlet { get; set; }

    public string? Byline { get; set; }

    public string? BylineOutlet { get; set; }

    public string? SourceOutlet { get; set; }
}
