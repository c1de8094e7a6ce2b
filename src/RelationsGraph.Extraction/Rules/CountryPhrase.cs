namespace RelationsGraph.Extraction.Rules;

/// <summary>A country's name as a sentence writes it.</summary>
internal static class CountryPhrase
{
    /// <summary>"the United States", "the Philippines", "Japan": the name with the article it takes in running text.</summary>
    public static string WithArticle(string country) =>
        country.StartsWith("United ", StringComparison.Ordinal) || country.EndsWith(" Republic", StringComparison.Ordinal) || country.EndsWith(" Islands", StringComparison.Ordinal)
        || country is "Philippines" or "Netherlands" or "Bahamas" or "Gambia" or "Maldives" or "Comoros" or "Holy See"
            ? "the " + country
            : country;
}
