namespace RelationsGraph.Extraction.Scoring;

/// <summary>How one article's extracted graph compares with its gold file.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Entities">Entity counts.</param>
/// <param name="Relations">Relation counts.</param>
/// <param name="MissedEntities">Gold entities nothing matched, as <c>Type: name</c>.</param>
/// <param name="SpuriousEntities">Extracted nodes that matched no gold entity, as <c>Kind: name (id)</c>.</param>
/// <param name="MissedRelations">Gold relations nothing matched, as <c>Type: from -> to</c>.</param>
/// <param name="SpuriousRelations">Extracted relations that matched none, as <c>Type: from -> to</c>.</param>
public sealed record ArticleScore(
    string Article,
    Score Entities,
    Score Relations,
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> SpuriousEntities,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> SpuriousRelations);
