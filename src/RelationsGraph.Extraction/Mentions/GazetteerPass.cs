using RelationsGraph.Extraction.Gazetteer;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>Turns the matches of the entity, title and topic gazetteers in a sentence into mentions.</summary>
internal static class GazetteerPass
{
    /// <summary>One selector per thread, reused by every search: a sentence's three searches allocate nothing but their mentions.</summary>
    [ThreadStatic]
    private static MatchSelector<LexiconEntry>? selector;

    public static void Find(AnalyzedSentence sentence, MentionGazetteers gazetteers)
    {
        Add(sentence, gazetteers, gazetteers.Entities);
        Add(sentence, gazetteers, gazetteers.Titles);
        if (Add(sentence, gazetteers, gazetteers.Topics) && HasGenericHead(sentence))
        {
            RemoveGenericHeads(sentence);
        }
    }

    /// <summary>Whether a topic of the sentence only heads a phrase (see <see cref="IsGenericHead"/>): few do, and only then is a closure made to remove them.</summary>
    private static bool HasGenericHead(AnalyzedSentence sentence)
    {
        foreach (var m in sentence.MentionSpan)
        {
            if (m.Kind == MentionKind.Topic && IsGenericHead(sentence, m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes the topics that only head a phrase.</summary>
    private static void RemoveGenericHeads(AnalyzedSentence sentence) =>
        sentence.RemoveAll(m => m.Kind == MentionKind.Topic && IsGenericHead(sentence, m));

    /// <summary>
    /// "history" in "the history of bilateral relations" names no issue; "history and Taiwan" does. Nor does history told as
    /// a span of time: "the largest contract in Turkey's history", "the best period in their history", "a long history of
    /// friendship", "could change history".
    /// </summary>
    private static bool IsGenericHead(AnalyzedSentence s, Mention topic)
    {
        if (topic.Text.Contains(' ', StringComparison.Ordinal) || !char.IsLower(topic.Text[0]))
        {
            return false;
        }

        var k = s.TokenAt(topic.Start);
        return s.Is(s.TokenAt(topic.End), "of") || (s.Is(k, "history") && IsTimeSpan(s, k));
    }

    /// <summary>Whether "history" at token <paramref name="k"/> is a span of time, not the issue of the past.</summary>
    private static bool IsTimeSpan(AnalyzedSentence s, int k)
    {
        var before = k - 1;
        if (before > 0 && s.Tokens[before].Kind == TokenKind.Possessive)
        {
            before -= 2; // "in Turkey's history"
        }
        else if (s.IsAny(before, "the", "its", "their", "his", "her", "our", "this", "that", "whose"))
        {
            before--;
        }

        return s.Is(before, "in") || s.IsAny(k - 1, "long", "shared", "common", "rich", "recent", "modern", "entire", "whole")
            || s.IsAny(k - 1, "change", "changed", "changes", "make", "made", "makes", "making", "rewrite");
    }

    /// <summary>Whether the text before <paramref name="start"/> is the Arabic article of a name, "al-" as a word of its own.</summary>
    private static bool AfterArabicArticle(string text, int start) =>
        start >= 3 && text[start - 1] == '-' && (text[start - 3] is 'a' or 'A') && text[start - 2] == 'l'
        && (start == 3 || !char.IsLetterOrDigit(text[start - 4]));

    /// <summary>Adds the mentions of <paramref name="gazetteer"/>'s matches; whether it added any.</summary>
    private static bool Add(AnalyzedSentence sentence, MentionGazetteers gazetteers, Gazetteer<LexiconEntry> gazetteer)
    {
        var s = sentence.Sentence;
        var found = selector ??= new MatchSelector<LexiconEntry>(0);
        found.Reset(gazetteer.MaxPatternLength);
        gazetteer.Scan(sentence.ArticleText, s.Start, s.Length, found);
        var added = false;
        for (var i = 0; i < found.Count; i++)
        {
            var match = found[i];
            var reading = gazetteers.Reading(match.Payloads);
            if (reading.IsFeature)
            {
                continue;
            }

            var first = reading.First;
            if (first.Kind == MentionKind.Topic && sentence.Overlaps(match.Start, match.End, MentionKind.Title))
            {
                continue; // "Law and Human Rights Minister" is an office, not the issue of human rights
            }

            if (first.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.Country && AfterArabicArticle(sentence.ArticleText, match.Start))
            {
                continue; // "Sheikh Mishal al-Ahmad al-Jaber al-Sabah": a family's name, not the Malaysian state
            }

            if (first.Kind == MentionKind.Leader && sentence.IsAny(sentence.TokenAt(match.Start) - 1, "bin", "bint", "ibn"))
            {
                continue; // "Mohammed bin Salman bin Abdulaziz Al Saud": his grandfather's name, not King Abdulaziz Al Saud
            }

            var mention = new Mention(first.Kind, sentence.Index, match.Start, match.End, sentence.Slice(match.Start, match.End))
            {
                Candidates = reading.Candidates,
            };
            if (first.Kind == MentionKind.Title)
            {
                mention.Title = first.Key;
            }

            sentence.Add(mention);
            added = true;
        }

        found.Reset(0);
        return added;
    }
}
