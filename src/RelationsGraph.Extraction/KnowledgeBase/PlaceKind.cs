namespace RelationsGraph.Extraction.Knowledge;

/// <summary>What sort of place a lexicon entry names.</summary>
public enum PlaceKind
{
    /// <summary>A city or town (San Francisco, Woodside, Bali).</summary>
    City,

    /// <summary>A state, province or prefecture (California, Maryland).</summary>
    Region,

    /// <summary>A building or estate where leaders meet (the White House, the Filoli Estate, Camp David).</summary>
    Venue,
}
