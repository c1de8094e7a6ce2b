using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Where the clause that tells an event ends, for <see cref="FrameText"/>: a clause with its own subject, time or
/// predicate between the event's words and a date or place, and a participle clause that opens the sentence.
/// </summary>
internal static class FrameClauses
{
    /// <summary>
    /// The comma that closes a participle clause opening the sentence and holding token <paramref name="last"/>, or the
    /// sentence's end: in "Before sitting down with the Greek premier, the Indian prime minister laid a wreath at the
    /// Tomb of the Unknown Soldier in Syntagma Square", the square is where the wreath was laid, not the talks.
    /// </summary>
    public static int FrontedParticipleEnd(AnalyzedSentence s, int last)
    {
        var opener = s.FirstBodyToken;
        if (!s.IsAny(opener, "before", "after", "while", "upon", "on") || !s.Word(opener + 1).EndsWith("ing", StringComparison.Ordinal) || !s.IsLowerCaseWord(opener + 1))
        {
            return s.Tokens.Count;
        }

        for (var k = opener + 2; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) == ",")
            {
                return k > last ? k : s.Tokens.Count;
            }
        }

        return s.Tokens.Count;
    }

    /// <summary>
    /// Whether a clause with a subject of its own opens between the tokens: ", and national security adviser Jake
    /// Sullivan flew to Brasilia in early December" after "Biden phoned the Brazilian leader ...": its date is its own.
    /// So does the predicate of a subject that the words were told inside of: "The change, unveiled on Friday after the
    /// two leaders sat down for talks, was to come into force on Saturday", and a second predicate of the same subject:
    /// "met with Prime Minister Ingrida Šimonytė, and laid flowers at the Antakalnis Cemetery ... of January 13, 1991".
    /// </summary>
    public static bool ClauseWithItsSubjectBetween(AnalyzedSentence s, int from, int to)
    {
        for (var k = from + 1; k + 2 < to; k++)
        {
            if (s.Word(k) == "," && s.IsAny(k + 1, "and", "but", "while")
                && (s.IsCapitalized(k + 2) || s.MentionStartingAt(k + 2, MentionKind.Title, MentionKind.Role, MentionKind.Pronoun) is not null))
            {
                return true;
            }

            if (s.Word(k) == "," && s.IsAny(k + 1, "was", "were", "is", "are", "will", "would", "has", "had"))
            {
                return true;
            }
        }

        return PredicateBetween(s, from, to);
    }

    /// <summary>
    /// Whether a second predicate of the same subject opens between the tokens: "met with Prime Minister Ingrida Šimonytė,
    /// and laid flowers at the Antakalnis Cemetery": the cemetery is where the flowers were laid.
    /// </summary>
    public static bool PredicateBetween(AnalyzedSentence s, int from, int to)
    {
        for (var k = from + 1; k + 2 < to; k++)
        {
            if (s.Word(k) == "," && s.Is(k + 1, "and") && IsPastVerb(s, k + 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a lower-case verb in the past tense: a regular one, or a common irregular one.</summary>
    private static bool IsPastVerb(AnalyzedSentence s, int k) =>
        s.IsLowerCaseWord(k)
        && ((s.Word(k).EndsWith("ed", StringComparison.Ordinal) && s.Word(k).Length > 4)
            || s.IsAny(k, "laid", "paid", "went", "gave", "took", "made", "left", "flew", "spoke", "told", "said", "saw", "began", "led", "sent"));

    /// <summary>
    /// True when a word that opens a clause with its own time ("since", "after", "before", "until", "when") lies
    /// strictly between two tokens, or a relative clause set off by a comma (", which Widodo is hosting from
    /// Tuesday": the date is the summit's, not the meeting's).
    /// </summary>
    public static bool TimeClauseBetween(AnalyzedSentence s, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            // "the following day" is a date, not a clause: "continued their discussions the following day in Tokyo".
            if ((s.IsAny(k, "since", "after", "following", "before", "until", "when") && !(s.Is(k, "following") && s.Is(k - 1, "the")))
                || (s.IsAny(k, "which", "who", "where") && s.Is(k - 1, ",")))
            {
                return true;
            }
        }

        return false;
    }
}
