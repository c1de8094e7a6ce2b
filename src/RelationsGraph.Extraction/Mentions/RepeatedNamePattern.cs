namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The names <see cref="PersonPattern"/> found by a title, wherever else the article writes them in full without one:
/// "Ursula von der Leyen and Charles Michel used the 24th EU-China summit to ..." before "Commission President Ursula
/// von der Leyen and European Council President Charles Michel held talks with ...". A name the knowledge base does
/// not hold is a person's only where a title vouches for it; once it has, the same words in the same article are the
/// same person.
/// </summary>
/// <remarks>
/// Runs once per article, after the per-sentence patterns. Names are matched by whole words, case-sensitively, where no
/// other mention lies: one pass over each sentence's tokens per name.
/// </remarks>
internal static class RepeatedNamePattern
{
    /// <summary>
    /// Adds a leader mention for each untitled occurrence of a titled name in <paramref name="sentences"/>, with the
    /// title the name was first found with (the resolver makes a leader of an unknown name only with one).
    /// </summary>
    public static void Find(IReadOnlyList<AnalyzedSentence> sentences)
    {
        List<(string[] Words, string Name, string Title)>? names = null;
        foreach (var s in sentences)
        {
            foreach (var m in s.MentionSpanOf(MentionKind.Leader))
            {
                if (m is { Name: { } name, Title: { } title } && name.Contains(' ', StringComparison.Ordinal))
                {
                    var words = name.Split(' ');
                    if (names is null || !names.Exists(n => n.Words.AsSpan().SequenceEqual(words)))
                    {
                        (names ??= []).Add((words, name, title));
                    }
                }
            }
        }

        if (names is null)
        {
            return;
        }

        foreach (var s in sentences)
        {
            foreach (var (words, name, title) in names)
            {
                for (var k = 0; k + words.Length <= s.Tokens.Count; k++)
                {
                    var start = s.Tokens[k].Start;
                    var end = s.Tokens[k + words.Length - 1].End;
                    if (s.HasWordsAt(k, words, ignoreCase: false) && !s.IsCapitalized(k + words.Length) && !s.OverlapsAny(start, end))
                    {
                        s.Add(new Mention(MentionKind.Leader, s.Index, start, end, s.Slice(start, end)) { Name = name, Title = title });
                        k += words.Length - 1;
                    }
                }
            }
        }
    }
}
