namespace RelationsGraph.Extraction.Reading;

/// <summary>What a physical line turned out to be.</summary>
internal enum LineRole
{
    Blank,
    Noise,
    Text,
    Headline,
}
