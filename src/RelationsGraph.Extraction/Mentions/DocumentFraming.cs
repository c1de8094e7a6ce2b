namespace RelationsGraph.Extraction.Mentions;

/// <summary>A document that opens a sentence as the frame of what it says: "In a joint statement, the two sides ...".</summary>
internal static class DocumentFraming
{
    /// <summary>The most tokens from "issued" to the verb of saying: "issued at the end of the two-day visit said".</summary>
    private const int MaxParticiplePhrase = 12;

    /// <summary>
    /// Whether <paramref name="document"/> frames sentence <paramref name="s"/>: "In a joint statement, ...", "In a joint statement
    /// issued after the meeting, ..." (the sentence opens with "In" and the document, and a comma closes the phrase).
    /// </summary>
    public static bool Frames(AnalyzedSentence s, Mention document)
    {
        if (s.TokenAt(document.Start) == s.FirstBodyToken)
        {
            return Says(s, document);
        }

        if (!s.Is(s.FirstBodyToken, "In") || s.TokenAt(document.Start) != s.FirstBodyToken + 1)
        {
            return false;
        }

        var next = s.TokenAt(document.End);
        if (s.Word(next) == ",")
        {
            return true;
        }

        if (!s.IsAny(next, "issued", "released", "adopted", "signed", "published"))
        {
            return false;
        }

        for (var k = next + 1; k < s.Tokens.Count && k <= next + 8; k++)
        {
            if (s.Word(k) == ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A joint statement issued at the end of the visit said ...": the document opens the sentence as the subject of a
    /// verb of saying, right after it or after the participle phrase that tells when it was issued.
    /// </summary>
    private static bool Says(AnalyzedSentence s, Mention document)
    {
        var next = s.TokenAt(document.PhraseEnd);
        var end = s.IsAny(next, "issued", "released", "adopted", "signed", "published") ? Math.Min(s.Tokens.Count, next + MaxParticiplePhrase) : next + 1;
        for (var k = next; k < end; k++)
        {
            if (s.IsAny(k, "said", "says", "stated", "states", "noted", "added"))
            {
                return true;
            }

            if (s.Word(k) is "," or ";")
            {
                return false;
            }
        }

        return false;
    }
}
