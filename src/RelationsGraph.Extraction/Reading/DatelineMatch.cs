namespace RelationsGraph.Extraction.Reading;

/// <summary>A dateline found at the start of a line, before the year is inferred. Offsets index the original text.</summary>
internal sealed record DatelineMatch(
    int Start, int End, int PlaceStart, int PlaceEnd, int Month, int Day, int? Year, string? OutletTag, bool ConsumesLine)
{
    public bool HasDate => Month > 0;
}
