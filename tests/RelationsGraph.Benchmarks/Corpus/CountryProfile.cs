namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>A country as news copy names it, with its head of government and foreign minister (real, consistent pairs).</summary>
/// <param name="Iso2">The ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The short name (<c>China</c>).</param>
/// <param name="Alias">Another name copy uses (<c>People's Republic of China</c>).</param>
/// <param name="Demonym">The adjective before a title (<c>Chinese</c> President).</param>
/// <param name="Capital">The capital, also a metonym for the government.</param>
/// <param name="LeaderTitle">The leader's title (<c>President</c>).</param>
/// <param name="Leader">The leader's full name.</param>
/// <param name="LeaderSurname">How copy names the leader on second reference.</param>
/// <param name="Minister">The foreign minister's full name.</param>
/// <param name="MinisterSurname">The foreign minister on second reference.</param>
public sealed record CountryProfile(
    string Iso2,
    string Name,
    string Alias,
    string Demonym,
    string Capital,
    string LeaderTitle,
    string Leader,
    string LeaderSurname,
    string Minister,
    string MinisterSurname);
