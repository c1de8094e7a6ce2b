namespace RelationsGraph.Extraction.Mentions;

/// <summary>A document that opens a sentence as the frame of what it says: "In a joint statement, the two sides ...".</summary>
internal static class DocumentFraming
{
    /// <summary>
    /// Whether <paramref name="document"/> frames sentence <paramref name="s"/>: "In a joint statement, ...", "In a joint statement
    /// issued after the meeting, ..." (the sentence opens with "In" and the document, and a comma closes the phrase).
    /// </summary>
    public static bool Frames(AnalyzedSentence s, Mention document)
    {
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
}
