using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// The longer ways an article writes a name it mentions, for aliases: with its article or possessor ("the
/// Taiwan question", "China's ban on Japanese seafood") or the pair it is between ("a China-Malaysia community with a
/// shared future"), as the object of a head noun ("the discharge of
/// nuclear-contaminated water", "Russia's invasion of Ukraine", "the war in Ukraine", "their support for Ukraine"), before a head noun ("the
/// Ukraine issue"), and with a place or source after it ("... from the Fukushima nuclear power plant", "... in the
/// East China Sea", "denuclearization of the Korean Peninsula"). Every form is a span of the sentence.
/// </summary>
internal static class SurfaceForms
{
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "discharge", "release", "issue", "issues", "question", "situation", "dispute", "row", "problem", "risks", "importance", "lifting",
        "invasion", "war", "aggression", "crisis", "conflict", "denuclearization", "denuclearisation",
        "support", "aid", "assistance", "sanctions", "reconstruction", "peace",
    };

    /// <summary>Prepositions between a head noun and the name it governs ("the war in Ukraine", "aggression against Ukraine").</summary>
    private static readonly HashSet<string> HeadPrepositions = new(StringComparer.OrdinalIgnoreCase) { "of", "in", "against", "on", "over", "for", "to" };

    /// <summary>Nouns that a name modifies right after it ("the Ukraine issue", "the Taiwan question").</summary>
    private static readonly HashSet<string> TrailingHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "issue", "issues", "question", "problem", "situation", "crisis", "dispute",
    };

    private static readonly HashSet<string> Trailing = new(StringComparer.OrdinalIgnoreCase) { "from", "in", "near", "around", "on", "into", "of" };

    /// <summary>
    /// The first token of a possessor before token <paramref name="first"/>, past at most two lower-case words that
    /// describe the name ("North Korea's recent ballistic missile launches"): the whole of the possessor's own mention
    /// ("North Korea", not "Korea"), else its capitalised word; null when no possessor comes first.
    /// </summary>
    private static int? PossessorBefore(AnalyzedSentence s, int first)
    {
        var k = first - 1;
        for (var described = 0; described < 2 && k >= 0 && IsDescribingWord(s, k); described++)
        {
            k--;
        }

        if (k < 1 || s.Tokens[k].Kind != TokenKind.Possessive || !s.IsCapitalized(k - 1))
        {
            return null;
        }

        return s.MentionCovering(k - 1, MentionKind.Country, MentionKind.Demonym, MentionKind.Capital, MentionKind.Organization, MentionKind.Leader) is { } owner
            ? s.TokenAt(owner.Start)
            : k - 1;
    }

    /// <summary>Whether token <paramref name="k"/> is two capitalised names joined by a hyphen ("China-Malaysia", not "Xi-era").</summary>
    private static bool IsPairOfNames(AnalyzedSentence s, int k)
    {
        if (k < 0 || s.Tokens[k].Kind != TokenKind.Word || !s.IsCapitalized(k))
        {
            return false;
        }

        var word = s.Word(k);
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen < word.Length - 1 && char.IsUpper(word[hyphen + 1]);
    }

    /// <summary>A lower-case word that may describe a name after its possessor: no article, preposition, conjunction or verb of saying.</summary>
    private static bool IsDescribingWord(AnalyzedSentence s, int k) =>
        s.IsLowerCaseWord(k) && !Words.Prepositions.Contains(s.Word(k))
        && !s.IsAny(k, "the", "a", "an", "and", "or", "to", "that", "of", "its", "their", "his", "her", "said", "says");

    /// <summary>Records the longer forms of <paramref name="mention"/> as aliases of <paramref name="id"/>, longest first.</summary>
    /// <remarks>Added as they are found rather than returned: the resolver asks for every topic mention, and an iterator per mention cost more than its forms.</remarks>
    public static void AddAliases(AnalyzedSentence s, Mention mention, ArticleEntities entities, string id)
    {
        var first = s.TokenAt(mention.Start);
        var last = s.TokenEndingAt(mention.End);
        if (last < first)
        {
            return;
        }

        var start = first;
        if (PossessorBefore(s, first) is { } possessor)
        {
            start = possessor; // "China's ban on Japanese seafood", "North Korea's advancing nuclear and missile threats"
        }
        else if (IsPairOfNames(s, start - 1))
        {
            start -= s.IsAny(start - 2, "the", "a", "an") ? 2 : 1; // "a China-Malaysia community with a shared future"
        }
        else if (s.IsAny(start - 1, "the", "a", "an", "its", "their"))
        {
            start--;
        }

        var determined = start; // with its article or possessor only: "the East China Sea" inside "the situation in the East China Sea"
        if (start >= 2 && HeadPrepositions.Contains(s.Word(start - 1)) && Heads.Contains(s.Word(start - 2)))
        {
            if (s.IsAny(start - 3, "the", "a", "an", "their", "its", "his", "her"))
            {
                entities.AddAlias(id, s.Slice(s.Tokens[start - 2].Start, mention.End)); // "support for Ukraine" of "their support for Ukraine"
                start -= 3; // "the discharge of ...", "the war in Ukraine"
            }
            else if (PossessorBefore(s, start - 2) is { } owner)
            {
                start = owner; // "Russia's invasion of Ukraine", "North Korea's full-scale invasion of ..."
            }
            else
            {
                start -= 2; // "reaffirmed support for Ukraine"
            }
        }

        var end = last;
        if (TrailingHeads.Contains(s.Word(end + 1)))
        {
            end++; // "the Ukraine issue"
        }
        else if (Trailing.Contains(s.Word(end + 1)))
        {
            var k = end + 2;
            if (s.IsAny(k, "the"))
            {
                k++;
            }

            var run = k;
            while (run < s.Tokens.Count && run - k < 5 && (s.IsCapitalized(run) || (run > k && s.IsLowerCaseWord(run) && s.IsAny(run, "nuclear", "power", "plant", "sea", "strait", "island", "islands"))))
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
            entities.AddAlias(id, s.Slice(s.Tokens[start].Start, s.Tokens[end].End));
        }

        if (start < first && end > last)
        {
            entities.AddAlias(id, s.Slice(s.Tokens[start].Start, mention.End));
        }

        if (determined < first && determined > start)
        {
            entities.AddAlias(id, s.Slice(s.Tokens[determined].Start, mention.End));
        }
    }
}
