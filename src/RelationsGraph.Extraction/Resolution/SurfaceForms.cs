using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// The longer ways an article writes a name it mentions, for aliases: with its article or possessor ("the
/// Taiwan question", "China's ban on Japanese seafood"), as the object of a head noun ("the discharge of
/// nuclear-contaminated water"), and with a place or source after it ("... from the Fukushima nuclear power
/// plant", "... in the East China Sea"). Every form is a span of the sentence.
/// </summary>
internal static class SurfaceForms
{
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "discharge", "release", "issue", "issues", "question", "situation", "dispute", "row", "problem", "risks", "importance", "lifting",
    };

    private static readonly HashSet<string> Trailing = new(StringComparer.OrdinalIgnoreCase) { "from", "in", "near", "around", "on", "into" };

    public static IEnumerable<string> Of(AnalyzedSentence s, Mention mention)
    {
        var first = s.TokenAt(mention.Start);
        var last = s.TokenEndingAt(mention.End);
        if (last < first)
        {
            yield break;
        }

        var start = first;
        if (start >= 2 && s.Tokens[start - 1].Kind == TokenKind.Possessive && s.IsCapitalized(start - 2))
        {
            start -= 2; // "China's ban on Japanese seafood"
        }
        else if (s.IsAny(start - 1, "the", "a", "an", "its", "their"))
        {
            start--;
        }

        if (start >= 3 && s.Is(start - 1, "of") && Heads.Contains(s.Word(start - 2)) && s.IsAny(start - 3, "the", "a", "an"))
        {
            start -= 3; // "the discharge of ..."
        }

        var end = last;
        if (Trailing.Contains(s.Word(end + 1)))
        {
            var k = end + 2;
            if (s.IsAny(k, "the"))
            {
                k++;
            }

            var run = k;
            while (run < s.Tokens.Count && run - k < 5 && (s.IsCapitalized(run) || (run > k && s.Tokens[run].Kind == TokenKind.Word && char.IsLower(s.ArticleText[s.Tokens[run].Start]) && s.IsAny(run, "nuclear", "power", "plant", "sea", "strait", "island", "islands"))))
            {
                run++;
            }

            if (run > k)
            {
                end = run - 1; // "... from the Fukushima nuclear power plant"
            }
        }

        if (start < first || end > last)
        {
            yield return s.Slice(s.Tokens[start].Start, s.Tokens[end].End);
        }

        if (start < first && end > last)
        {
            yield return s.Slice(s.Tokens[start].Start, mention.End);
        }
    }
}
