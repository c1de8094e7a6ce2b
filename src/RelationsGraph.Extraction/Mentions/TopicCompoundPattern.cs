namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Two topics the lexicon knows, written as one subject: one naming the other's kind ("semiconductor supply chains",
/// "clean energy supply chains") or the other after "for" ("supply chains for semiconductors"). The subject is the
/// whole phrase, not its two parts: talks on "supply chains for semiconductors" were not on supply chains in general
/// and semiconductors besides.
/// </summary>
/// <remarks>
/// Only topics in lower case join ("Ukraine reconstruction" is a country's matter, left to the lexicon), and only
/// two adjacent ones, or two with "for" between them, that no participle's phrase goes on from. Runs after the gazetteers and <see cref="TopicListPattern"/>
/// (whose items may already be such phrases), in time linear in the sentence's mentions.
/// </remarks>
internal static class TopicCompoundPattern
{
    public static void Find(AnalyzedSentence s)
    {
        var topics = s.MentionSpanOf(MentionKind.Topic);
        for (var i = 0; i + 1 < topics.Length; i++)
        {
            var first = topics[i];
            var second = topics[i + 1];
            if (!IsCommonNoun(first) || !IsCommonNoun(second) || !Joined(s, first, second) || CutShort(s, second))
            {
                continue;
            }

            var text = s.Slice(first.Start, second.End);
            s.Remove(first);
            s.Remove(second);
            s.Add(new Mention(MentionKind.Topic, s.Index, first.Start, second.End, text) { Candidates = [text] });
            i++;
        }
    }

    private static bool IsCommonNoun(Mention topic) => char.IsLower(topic.Text[0]);

    /// <summary>
    /// Whether a participle opens a phrase after <paramref name="second"/> ("supply chains for critical minerals used in
    /// batteries"): the subject goes on past the two topics, and a name ending at the second would cut it short, as
    /// <see cref="TopicListPattern"/> does not.
    /// </summary>
    private static bool CutShort(AnalyzedSentence s, Mention second) => TopicWords.OpensParticiplePhrase(s, s.TokenAt(second.End));

    /// <summary>Whether <paramref name="second"/> follows <paramref name="first"/> after one space, or after " for " (not where they overlap).</summary>
    private static bool Joined(AnalyzedSentence s, Mention first, Mention second)
    {
        if (second.Start < first.End)
        {
            return false;
        }

        var between = s.ArticleText.AsSpan(first.End, second.Start - first.End);
        return between is " " || between is " for ";
    }
}
