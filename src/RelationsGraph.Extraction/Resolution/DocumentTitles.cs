using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// A generic document phrase and the name the sentence gives it beside or after it: 'a joint statement titled "The
/// Spirit of Camp David"', "a joint statement, the Jeddah Communique,", "GSOMIA, a bilateral pact ...". Such a phrase is
/// the named document, not a second one (see <see cref="DocumentResolution"/>).
/// </summary>
internal static class DocumentTitles
{
    /// <summary>The most tokens from a document phrase to the word that introduces its title ("released by the two governments, titled").</summary>
    private const int MaxTitleGap = 10;

    /// <summary>
    /// Whether <paramref name="introducer"/> introduces the title <paramref name="title"/>: 'a joint statement titled
    /// "The Spirit of Camp David"', 'A joint statement released by the two governments, titled "Global Partners for the
    /// Future,"' (the word before the title names it, within a few tokens of the phrase), or 'a joint statement, the
    /// Jeddah Communique,' (the title is set beside the phrase).
    /// </summary>
    public static bool Introduces(AnalyzedSentence s, Mention introducer, Mention title)
    {
        var k = s.TokenAt(title.Start) - 1;
        while (k >= 0 && s.Word(k) is "\"" or "\u201C")
        {
            k--;
        }

        // "issued a joint statement, the Jeddah Communique, setting out ...": the name set beside the phrase.
        var apposed = s.Is(k, "the") ? k - 1 : k;
        if (apposed == s.TokenAt(introducer.PhraseEnd) && s.Word(apposed) == ",")
        {
            return true;
        }

        return k >= s.TokenAt(introducer.End) && k - s.TokenAt(introducer.End) < MaxTitleGap && s.IsAny(k, "titled", "entitled", "called", "named", "dubbed");
    }

    /// <summary>
    /// The document that an indefinite phrase is set beside: "the General Security of Military Information Agreement
    /// (GSOMIA), a bilateral pact for sharing defense secrets signed in 2016" describes the agreement, no other
    /// document. Null when a comma and a parenthesis at most do not part it from a resolved document before it.
    /// </summary>
    public static string? Apposed(AnalyzedSentence s, Mention mention)
    {
        var k = s.TokenAt(mention.Start) - 1;
        if (s.Word(k) != ",")
        {
            return null;
        }

        k--;
        if (s.Word(k) == ")" && s.Word(k - 2) == "(")
        {
            k -= 3;
        }

        foreach (var before in s.MentionSpanOf(MentionKind.Document))
        {
            if (before.NodeIds.Count == 1 && k >= 0 && before.End == s.Tokens[k].End)
            {
                return before.NodeIds[0];
            }
        }

        return null;
    }

    /// <summary>Whether a title that <paramref name="mention"/> introduces (<see cref="Introduces"/>) follows it in the sentence.</summary>
    public static bool Follows(AnalyzedSentence s, Mention mention)
    {
        foreach (var title in s.MentionSpanOf(MentionKind.Document))
        {
            if (title.Start >= mention.End && title.Name is not null && title.Candidates.Count == 0 && Introduces(s, mention, title))
            {
                return true;
            }
        }

        return false;
    }
}
