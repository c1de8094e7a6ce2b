namespace RelationsGraph.Extraction.Knowledge;

/// <summary>An office title and the ways copy writes it.</summary>
/// <param name="Title">The canonical title (<c>Prime Minister</c>).</param>
/// <param name="Forms">Surface forms (<c>Prime Minister</c>, <c>prime minister</c>, <c>PM</c>).</param>
/// <param name="CountryId">The country the title implies on its own (<c>Secretary of State</c>: the United States), or null.</param>
public sealed record LexiconTitle(string Title, IReadOnlyList<string> Forms, string? CountryId);
