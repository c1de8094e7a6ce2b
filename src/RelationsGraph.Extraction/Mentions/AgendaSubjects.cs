namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A sentence whose subjects are what was discussed: "Trade was also high on the agenda.", "Infrastructure was also
/// discussed.", "Energy was one of the main topics of the visit.", "Trade and investment were among the issues raised".
/// Its first word is capitalised only because it opens the sentence, so <see cref="TopicListPattern"/> reads the
/// subjects with that word allowed, up to the verb, and the predicate (a form of "be", adverbs, then a phrase of the
/// agenda) says they were discussed.
/// </summary>
internal static class AgendaSubjects
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "remained", "remains" };

    /// <summary>Words between the verb and the phrase of the agenda: "was also high on", "were firmly on".</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "high", "firmly", "squarely", "again", "likewise", "reportedly", "prominently", "too", "very",
    };

    /// <summary>Nouns that name an item of discussion: "one of the main topics", "among the issues", "a key theme".</summary>
    private static readonly HashSet<string> Items = new(StringComparer.OrdinalIgnoreCase)
    {
        "topic", "topics", "issue", "issues", "subject", "subjects", "theme", "themes", "point", "points", "item", "items",
        "matter", "matters", "focus", "priority", "priorities",
    };

    /// <summary>Passive participles of discussing: "was also discussed", "were raised".</summary>
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "discussed", "raised", "addressed", "covered", "reviewed",
    };

    /// <summary>
    /// The token where the sentence's subjects start, when they may be a list (a capitalised word of no mention, "the",
    /// or the words after a cue that opens the sentence: "Cooperation on shipbuilding and fisheries") and a form of
    /// "be" follows; otherwise null.
    /// </summary>
    public static int? Opens(AnalyzedSentence s)
    {
        var k = s.FirstBodyToken;
        if (TopicCues.CueEnd(s, k, out _) is var cueEnd and >= 0)
        {
            return HasVerb(s, cueEnd) ? TopicCues.SkipLead(s, cueEnd) : null; // "Cooperation on shipbuilding and fisheries was also discussed"
        }

        return OpensWithTopic(s) || IsInitialWord(s, k) || (s.Is(k, "the") && s.IsLowerCaseWord(k + 1) && !OverlapsMention(s, k + 1))
            ? HasVerb(s, k + 1) ? k : null
            : null;
    }

    /// <summary>Whether a topic the lexicon knows opens the sentence, after an optional "the".</summary>
    private static bool OpensWithTopic(AnalyzedSentence s)
    {
        var k = s.FirstBodyToken;
        return s.MentionStartingAt(s.Is(k, "the") ? k + 1 : k, MentionKind.Topic) is not null;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a capitalised word that would be a list item in lower case: the rest of the
    /// word in lower case (not "NATO" or "G20"), no mention, no stop word or preposition.
    /// </summary>
    public static bool IsInitialWord(AnalyzedSentence s, int k)
    {
        if (!s.IsCapitalized(k) || OverlapsMention(s, k))
        {
            return false;
        }

        var word = s.Word(k);
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]) && word[i] != '-')
            {
                return false;
            }
        }

        return !TopicWords.Stops.Contains(word) && !TopicWords.Closers.Contains(word) && !Words.Prepositions.Contains(word);
    }

    /// <summary>Whether token <paramref name="k"/> is a form of "be" that may end the subjects.</summary>
    public static bool IsVerb(AnalyzedSentence s, int k) => Verbs.Contains(s.Word(k));

    /// <summary>Whether the predicate at token <paramref name="k"/> (a form of "be") says its subjects were discussed.</summary>
    public static bool IsPredicate(AnalyzedSentence s, int k)
    {
        if (!IsVerb(s, k))
        {
            return false;
        }

        k++;
        while (Adverbs.Contains(s.Word(k)))
        {
            k++;
        }

        if (s.Is(k, "on") && s.Is(k + 1, "the") && s.IsAny(k + 2, "agenda", "table"))
        {
            return true; // "was also high on the agenda", "were on the table"
        }

        var top = s.IsAny(k, "at", "on") && s.Is(k + 1, "the") ? k + 2 : k + 1;
        if (s.IsAny(k, "at", "on") && s.Is(top, "top") && s.Is(top + 1, "of") && s.Is(top + 2, "the") && s.Is(top + 3, "agenda"))
        {
            return true; // "was at the top of the agenda"
        }

        if (Participles.Contains(s.Word(k)))
        {
            return s.IsAny(k + 1, ".", ",", ";", "at", "during", "in", "too", "as", "by", "when"); // not "tariffs were raised to 25 %"
        }

        if (s.Is(k, "one") && s.Is(k + 1, "of") && s.Is(k + 2, "the"))
        {
            return ItemWithin(s, k + 3, 3); // "one of the main topics", "one of the most contentious subjects"
        }

        if (s.Is(k, "among") && s.Is(k + 1, "the"))
        {
            return ItemWithin(s, k + 2, 2); // "among the issues raised"
        }

        return s.IsAny(k, "a", "the") && ItemWithin(s, k + 1, 2); // "a key topic", "the main focus"
    }

    /// <summary>
    /// The offset where the predicate of the sentence's subjects starts, when a topic stands among its first words and
    /// its first form of "be" is a predicate of <see cref="IsPredicate"/> ("Food security, a priority of the new
    /// government, was also on the table.", "Cooperation on clean energy and the energy transition ... was also
    /// discussed."); otherwise -1. The topics before it, or before an appositive between them and the verb, are what was
    /// discussed.
    /// </summary>
    public static int Predicate(AnalyzedSentence s)
    {
        var opening = s.FirstBodyToken;
        if (opening + 3 >= s.Tokens.Count || !s.Overlaps(s.Tokens[opening].Start, s.Tokens[opening + 3].End, MentionKind.Topic))
        {
            return -1;
        }

        for (var k = opening + 1; k < s.Tokens.Count; k++)
        {
            if (IsVerb(s, k))
            {
                return IsPredicate(s, k) ? s.Tokens[k].Start : -1;
            }

            if (s.Is(k, ",") && SkipAppositive(s, k + 1) is var verb and >= 0)
            {
                return IsPredicate(s, verb) ? s.Tokens[k].Start : -1; // the subjects end before ", a priority of ..., was"
            }
        }

        return -1;
    }

    private static bool OverlapsMention(AnalyzedSentence s, int k) => s.OverlapsAny(s.Tokens[k].Start, s.Tokens[k].End);

    /// <summary>
    /// The form of "be" after the appositive that opens with "a" or "an" at token <paramref name="k"/> and closes with a
    /// comma ("a priority of the new government, was"), or -1 when none is there.
    /// </summary>
    public static int SkipAppositive(AnalyzedSentence s, int k)
    {
        if (!s.IsAny(k, "a", "an"))
        {
            return -1;
        }

        for (var i = k; i < s.Tokens.Count; i++)
        {
            if (s.Is(i, ","))
            {
                return IsVerb(s, i + 1) ? i + 1 : -1;
            }

            if (IsVerb(s, i) || s.Word(i) is "." or ";" or ":")
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool HasVerb(AnalyzedSentence s, int from)
    {
        for (var k = from; k < s.Tokens.Count; k++)
        {
            if (IsVerb(s, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a noun of <see cref="Items"/> stands within <paramref name="words"/> words from token <paramref name="k"/>.</summary>
    private static bool ItemWithin(AnalyzedSentence s, int k, int words)
    {
        for (var i = k; i < k + words + 1 && i < s.Tokens.Count; i++)
        {
            if (Items.Contains(s.Word(i)))
            {
                return true;
            }

            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }
}
