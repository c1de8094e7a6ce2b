namespace RelationsGraph.Extraction.Mentions;

/// <summary>Lookups over fixed word sequences (cues such as "as stated in" or "exchanged views on") that patterns try at every token.</summary>
internal static class WordSequences
{
    /// <summary>
    /// <paramref name="sequences"/> grouped by their first word, ignoring case, each group in the order given: a pattern
    /// looks the token up once and tries only the sequences that start with it, in the order it would have tried them all.
    /// </summary>
    public static Dictionary<string, T[]> ByFirstWord<T>(IEnumerable<T> sequences, Func<T, string[]> words) =>
        sequences.GroupBy(sequence => words(sequence)[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase);
}
