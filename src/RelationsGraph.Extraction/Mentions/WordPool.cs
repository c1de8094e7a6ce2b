namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// One string per distinct word or short text, shared by the sentences a thread analyses: <see cref="AnalyzedSentence.Word"/>
/// asks for the text of most tokens of every sentence, <see cref="AnalyzedSentence.Slice"/> for that of every mention,
/// and an article repeats the same few hundred words ("the", "said", ",") and names over and over. Equal strings are interchangeable, so sharing them changes nothing but the allocations.
/// </summary>
/// <remarks>
/// Thread-static, so it needs no lock; bounded, so that a long run over varied text cannot grow it without end (past
/// the bound a word not yet pooled is simply allocated, as it was before there was a pool).
/// </remarks>
internal static class WordPool
{
    /// <summary>How many distinct words a thread keeps; a few articles' vocabulary fits many times over.</summary>
    private const int Capacity = 32_768;

    /// <summary>Words longer than this are rare and seldom repeat: they are allocated, not pooled.</summary>
    private const int MaxPooledLength = 24;

    [ThreadStatic]
    private static Dictionary<string, string>? words;

    /// <summary>The string of <paramref name="word"/>: a pooled one when the word was seen before on this thread.</summary>
    public static string Get(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return "";
        }

        if (word.Length > MaxPooledLength)
        {
            return word.ToString();
        }

        var pool = words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var pooled))
        {
            return pooled;
        }

        var text = word.ToString();
        if (pool.Count < Capacity)
        {
            pool.Add(text, text);
        }

        return text;
    }
}
