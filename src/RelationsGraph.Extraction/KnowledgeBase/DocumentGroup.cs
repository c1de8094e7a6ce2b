namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// A set of documents that copy names together ("the four political documents" between China and Japan,
/// "the three joint communiques" between China and the United States).
/// </summary>
/// <param name="Name">The phrase, without the article (<c>four political documents</c>).</param>
/// <param name="CountryIds">The countries whose relationship the documents found, as node ids.</param>
/// <param name="DocumentIds">The documents, as node ids, oldest first.</param>
/// <param name="Aliases">Other phrases for the group, without the article (<c>four basic documents</c>, as Japan's foreign ministry writes).</param>
public sealed record DocumentGroup(string Name, IReadOnlyList<string> CountryIds, IReadOnlyList<string> DocumentIds, IReadOnlyList<string> Aliases)
{
    /// <summary>The name, then the aliases.</summary>
    public IEnumerable<string> Phrases => [Name, .. Aliases];
}
