namespace RelationsGraph.Extraction.Knowledge;

/// <summary>A city, region or venue that the country data does not hold (capitals come from the countries).</summary>
/// <param name="Name">The canonical name (<c>Filoli Estate</c>).</param>
/// <param name="Kind">City, region or venue.</param>
/// <param name="CountryId">The country it lies in, as a node id.</param>
/// <param name="City">For a venue, the city it stands in, when it stands in one.</param>
/// <param name="Region">The state or province, when known.</param>
/// <param name="Aliases">Other spellings.</param>
/// <param name="IsMetonym">Whether copy uses the name for the government (<c>the White House said</c>).</param>
public sealed record LexiconPlace(
    string Name, PlaceKind Kind, string CountryId, string? City, string? Region, IReadOnlyList<string> Aliases, bool IsMetonym);
