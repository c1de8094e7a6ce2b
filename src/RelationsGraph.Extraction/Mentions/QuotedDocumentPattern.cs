namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Documents named by a quoted title in title case, in a sentence that adopts, issues or signs something (adopted the
/// “Oman-India Joint Vision: A Partnership for the Future”). Runs first among
/// <see cref="DocumentPattern"/>'s forms: a quoted title holds the whole name, a document noun inside it only a part.
/// </summary>
internal static class QuotedDocumentPattern
{
    /// <summary>Adds the quoted titles of <paramref name="s"/>, when a verb in it adopts, issues or signs something.</summary>
    public static void Find(AnalyzedSentence s)
    {
        if (!HasQuote(s) || !Adopts(s))
        {
            return;
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Word(i) is not ("\"" or "\u201C"))
            {
                continue;
            }

            var close = i + 1;
            while (close < s.Tokens.Count && s.Word(close) is not ("\"" or "\u201D") && close - i < 16)
            {
                close++;
            }

            if (close >= s.Tokens.Count || s.Word(close) is not ("\"" or "\u201D"))
            {
                continue;
            }

            var last = close - 1;
            while (last > i && s.Tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            if (last > i && IsTitleCase(s, i + 1, last) && !s.Overlaps(s.Tokens[i + 1].Start, s.Tokens[last].End, MentionKind.Document))
            {
                var name = s.Slice(s.Tokens[i + 1].Start, s.Tokens[last].End);
                s.Add(new Mention(MentionKind.Document, s.Index, s.Tokens[i + 1].Start, s.Tokens[last].End, name) { Name = name, Head = "title" });
            }

            i = close;
        }
    }

    /// <summary>Whether the sentence has an opening quotation mark: most have none, and then no verb need be looked for.</summary>
    private static bool HasQuote(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Word(i) is "\"" or "\u201C")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Adopts(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.IsAny(i, "adopted", "adopt", "adopts", "issued", "issue", "signed", "released", "titled", "entitled", "unveiled"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitleCase(AnalyzedSentence s, int first, int last)
    {
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            // A subtitle after a colon or a dash goes with the title: "Oman-India Joint Vision: A Partnership for the Future".
            if (k > first && s.Word(k) is ":" or "\u2013" or "\u2014" && s.IsCapitalized(k + 1))
            {
                continue;
            }

            if (s.Tokens[k].Kind != TokenKind.Word || !(s.IsCapitalized(k) || s.IsAny(k, "of", "to", "and", "the", "on", "for", "in")))
            {
                return false;
            }

            words++;
        }

        return words >= 2 && s.IsCapitalized(first);
    }
}
