namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// What an unnamed document is about, when the sentence says it with "on" or "for" or a participle after the
/// document's noun: "a joint statement on deepening their comprehensive strategic partnership", "a protocol for the
/// joint development of the CBERS-6 satellite", "a joint declaration committing Greece and Turkey to friendly relations". Sources describe the documents of a visit this way instead of naming them, so the phrase is
/// the only thing that tells two statements of one day apart, and the form a reader would quote.
/// </summary>
/// <remarks>
/// The phrase starts with a lower-case word (after at most one determiner) and runs to the first comma or other
/// punctuation, a word that starts a clause ("is", "which", "as", "after", ...), "and" or "or" before a new noun
/// phrase ("and another on ...") or the sentence's next verb ("and witnessed the exchange of ..."), or a preposition
/// other than "between" and "of" before a capitalised word or a number ("in Beijing", "on Friday", "in 2030"):
/// "between Ukraine and Japan" goes on.
/// A phrase that does not end within <see cref="MaxWords"/> words is not taken: a clause that long is no description.
/// "on Tuesday", "on the sidelines of", "on its website" describe no subject.
/// </remarks>
internal static class DocumentSubject
{
    /// <summary>The most tokens a description may take, its "on" or "for" included.</summary>
    internal const int MaxWords = 20;

    private static readonly HashSet<string> NotSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "sidelines", "sideline", "margins", "margin", "eve", "occasion", "day", "days", "same", "behalf", "basis", "part",
        "website", "site", "account", "page", "platform", "condition", "record", "time", "way", "ground", "hand", "its",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "will", "would", "has", "had", "have", "be", "been", "being", "can", "could", "should",
        "may", "might", "must", "that", "which", "who", "whose", "while", "when", "where", "as", "after", "before",
        "during", "but", "said", "says", "signed", "issued", "released", "adopted", "than", "if", "because", "since",
        "until", "whereby", "under", "at", "by",
    };

    /// <summary>Verbs that, after "and", go on with the sentence's subject rather than the description.</summary>
    private static readonly HashSet<string> NextVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "witnessed", "signed", "held", "agreed", "discussed", "attended", "exchanged", "issued", "adopted", "met", "called",
        "pledged", "reaffirmed", "welcomed", "announced", "said", "stressed", "noted", "expressed", "underlined", "vowed",
    };

    /// <summary>Words in "-ing" after a document's noun that start no description of it ("an agreement signing ceremony").</summary>
    private static readonly HashSet<string> NotParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "including", "during", "following", "according", "being", "having", "signing", "meeting", "morning", "evening",
        "talking", "negotiating", "drafting",
    };

    private static readonly HashSet<string> NewPhrase = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "another", "the", "their", "its", "his", "her", "this", "that", "these", "those", "several", "other", "others",
    };

    /// <summary>
    /// The last token of the description that follows the document noun at <paramref name="noun"/>, or
    /// <paramref name="noun"/> when none does.
    /// </summary>
    public static int End(AnalyzedSentence s, int noun)
    {
        // "a memorandum of understanding (MoU) on maritime safety": the bracketed acronym is the noun's own.
        var at = s.Is(noun + 1, "(") && s.IsAny(noun + 2, "MoU", "MOU") && s.Is(noun + 3, ")") ? noun + 3 : noun;
        var participle = IsParticiple(s, at + 1);
        if (!participle && !s.IsAny(at + 1, "on", "for"))
        {
            return noun;
        }

        var first = s.IsAny(at + 2, "the", "their", "a", "an") ? at + 3 : at + 2;
        if (!participle && (!s.IsLowerCaseWord(first) || NotSubjects.Contains(s.Word(first))))
        {
            return noun;
        }

        var end = noun;
        for (var k = at + 2; k < s.Tokens.Count; k++)
        {
            // "a pact binding the two countries more closely on defence, trade and technology": what follows a cue of
            // discussion is what was discussed (TopicListPattern), not the participle's description; a cue of scope
            // ("amending the agreement on cooperation in the field of hydrocarbons") stays in it.
            if (Ends(s, k) || (participle && TopicCues.CueEnd(s, k, out var discussed) >= 0 && discussed))
            {
                return end;
            }

            if (k - at > MaxWords)
            {
                return noun;
            }

            end = k;
        }

        return end;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a participle that says what the document does: "a joint declaration
    /// committing Greece and Turkey to friendly relations", "a joint declaration marking the council's first meeting".
    /// </summary>
    private static bool IsParticiple(AnalyzedSentence s, int k) =>
        s.IsLowerCaseWord(k) && s.Word(k) is { Length: > 5 } word && word.EndsWith("ing", StringComparison.Ordinal) && !NotParticiples.Contains(word);

    /// <summary>Whether the token at <paramref name="k"/> starts what is no longer the description.</summary>
    private static bool Ends(AnalyzedSentence s, int k)
    {
        var token = s.Tokens[k];
        if (token.Kind == TokenKind.Punctuation || ClauseWords.Contains(s.Word(k)))
        {
            return true;
        }

        if (s.IsAny(k, "and", "or"))
        {
            // "and another on ...", or "and witnessed the exchange of ...": the sentence's next verb.
            return NewPhrase.Contains(s.Word(k + 1)) || NextVerbs.Contains(s.Word(k + 1)) || s.Tokens.Count <= k + 1 || s.Tokens[k + 1].Kind != TokenKind.Word;
        }

        if (s.IsAny(k, "in", "on", "from", "with", "to"))
        {
            var next = s.Is(k + 1, "the") ? k + 2 : k + 1;
            return s.IsCapitalized(next) || s.Tokens.Count <= next || s.Tokens[next].Kind == TokenKind.Number;
        }

        return false;
    }
}
