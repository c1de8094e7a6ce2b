namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Topics the lexicon does not know, read from an enumeration of subjects after a cue of discussion or
/// cooperation: "cooperation in defence, trade, critical technologies and clean energy", "in areas such as green
/// economy, medical care and elderly care", "discussed trade, health and the digital partnership".
/// </summary>
/// <remarks>
/// <para>
/// An item is a short lower-case noun phrase (one to three words, after an optional "the", "a" or "an"), or a topic
/// the lexicon already found; items are separated by commas, "and" or "as well as". Only an enumeration of two or
/// more items counts: a single phrase after "cooperation in" is as often a place or a manner ("cooperation in the
/// region", "cooperation in earnest") as a subject. An item cut short by what follows it ("supply chains for
/// critical minerals") ends the enumeration and is dropped, as is an item made only of a generic noun ("areas").
/// </para>
/// <para>
/// Each new item becomes a <see cref="MentionKind.Topic"/> mention whose candidate is the phrase without its
/// article, so the resolver gives it a topic node named as written. Runs after the gazetteers, over the tokens of
/// one sentence, in time linear in their number.
/// </para>
/// </remarks>
internal static class TopicListPattern
{
    private const int MaxItemWords = 3;

    /// <summary>Words after which an enumeration of subjects may begin.</summary>
    private static readonly string[][] Cues =
    [
        ["cooperation", "in"], ["cooperation", "on"], ["such", "as"], ["areas", "including"], ["fields", "including"],
        ["sectors", "including"], ["talks", "on"], ["discussed"], ["exchanged", "views", "on"], ["covered"], ["focused", "on"],
        ["touched", "on"], ["ties", "in"], ["partnership", "in"], ["collaboration", "in"], ["collaboration", "on"],
    ];

    /// <summary>Words that an item never contains: they end a noun phrase (verbs, conjunctions, pronouns, prepositions).</summary>
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "also", "which", "that", "who", "whom", "whose", "while", "amid", "as", "to", "not", "said", "says", "and",
        "or", "but", "nor", "than", "this", "these", "those", "it", "its", "they", "their", "them", "he", "his", "she", "her", "we",
        "our", "us", "you", "i", "other", "others", "etc", "more", "most", "both", "each", "all", "some", "many", "such", "so",
        "very", "further", "deepening", "deepen", "strengthening", "strengthen", "expanding", "expand", "promoting", "promote",
        "boosting", "boost", "enhancing", "enhance", "including", "between", "among", "with", "the", "a", "an", "ways", "how",
        "whether", "what", "where", "when", "why", "if", "then", "there", "here", "only", "well",
    };

    /// <summary>
    /// Prepositions that open a phrase after the last item ("... the digital economy and green technology following a
    /// meeting between ...", "... and energy at the talks"): they end the item and the enumeration.
    /// </summary>
    private static readonly HashSet<string> Closers = new(StringComparer.OrdinalIgnoreCase)
    {
        "following", "after", "during", "at", "in", "on", "for", "from", "by", "before", "since", "under", "via", "through", "within",
    };

    /// <summary>Nouns that name no subject on their own ("areas", "issues").</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "areas", "area", "fields", "field", "issues", "issue", "sectors", "sector", "matters", "matter", "topics", "topic", "things",
        "subjects", "subject", "aspects", "domains", "spheres", "respects", "regard", "region", "world", "future", "way", "manner",
    };

    /// <summary>"areas such as", "fields including": words between a cue and its items.</summary>
    private static readonly HashSet<string> Lead = new(StringComparer.OrdinalIgnoreCase) { "areas", "fields", "sectors", "the", "such" };

    /// <summary>Adds a topic mention for each new item of each enumeration in <paramref name="s"/>.</summary>
    public static void Find(AnalyzedSentence s)
    {
        var tokens = s.Tokens;
        List<(int First, int Last)>? items = null; // made at the first cue: most sentences have none
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = CueEnd(s, i);
            if (start < 0)
            {
                continue;
            }

            items ??= [];
            items.Clear();
            var next = ReadItems(s, SkipLead(s, start), items);
            if (items.Count >= 2)
            {
                AddMentions(s, items);
            }

            i = Math.Max(i, next - 1);
        }
    }

    /// <summary>The token after the cue starting at <paramref name="i"/>, or -1 when no cue starts there.</summary>
    private static int CueEnd(AnalyzedSentence s, int i)
    {
        foreach (var cue in Cues)
        {
            var k = 0;
            var at = i;
            while (k < cue.Length && s.Is(at, cue[k]))
            {
                k++;
                at++;
                if (k < cue.Length && s.Word(at) == "," && s.Is(at + 1, cue[k]))
                {
                    at++; // "in various fields, including energy, trade ...": a comma may part the cue's words
                }
            }

            if (k == cue.Length)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Skips "areas such as", "the fields of", "such areas as" between a cue and its first item.</summary>
    private static int SkipLead(AnalyzedSentence s, int k)
    {
        var start = k;
        while (k - start < 3 && Lead.Contains(s.Word(k)))
        {
            k++;
        }

        if (k > start && s.IsAny(k, "as", "including", "of", "like"))
        {
            return k + 1;
        }

        return start;
    }

    /// <summary>Reads items from token <paramref name="k"/> into <paramref name="items"/>; returns the token after the enumeration.</summary>
    private static int ReadItems(AnalyzedSentence s, int k, List<(int First, int Last)> items)
    {
        while (true)
        {
            var last = ReadItem(s, k, out var first);
            if (last < 0)
            {
                return k;
            }

            if (SharesHead(s, last, out var shared))
            {
                last = shared; // "regional and international affairs", "the latest regional and international developments": one subject, two modifiers
            }

            var after = last + 1;
            if (after >= s.Tokens.Count || s.IsAny(after, ".", ";", ":", ")", "amid", "while", "which", "that", "to") || Closers.Contains(s.Word(after)))
            {
                items.Add((first, last));
                return after;
            }

            var next = Separator(s, after);
            if (next < 0)
            {
                return after; // cut short ("supply chains for critical minerals"): the item is not whole
            }

            items.Add((first, last));
            k = next;
        }
    }

    /// <summary>The token after the separator at <paramref name="k"/> (",", "and", ", and", "as well as"), or -1 when none is there.</summary>
    private static int Separator(AnalyzedSentence s, int k)
    {
        var comma = s.Is(k, ",");
        var next = comma ? k + 1 : k;
        if (s.IsAny(next, "and", "or"))
        {
            return next + 1;
        }

        if (s.Is(next, "as") && s.Is(next + 1, "well") && s.Is(next + 2, "as"))
        {
            return next + 3;
        }

        return comma ? next : -1;
    }

    /// <summary>
    /// Whether the item ending at <paramref name="word"/> ends in an adjective ("regional", "medical", "latest regional")
    /// joined by "and" to a longer item whose head it shares; <paramref name="last"/> gets that item's last token.
    /// </summary>
    private static bool SharesHead(AnalyzedSentence s, int word, out int last)
    {
        last = -1;
        if (!s.Is(word + 1, "and") || !IsAdjective(s.Word(word)) || s.IsAny(word + 2, "the", "a", "an"))
        {
            return false;
        }

        var end = ReadItem(s, word + 2, out var first);
        if (end <= first)
        {
            return false;
        }

        last = end;
        return true;
    }

    /// <summary>Whether a word reads as an adjective by its ending ("regional", "economic", "elderly", "maritime").</summary>
    private static bool IsAdjective(string word) =>
        word.EndsWith("al", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ic", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ive", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ous", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ary", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ern", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ime", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last token of the item at <paramref name="k"/> (its first word in <paramref name="first"/>), or -1 when none starts there.</summary>
    private static int ReadItem(AnalyzedSentence s, int k, out int first)
    {
        if (s.IsAny(k, "the", "a", "an"))
        {
            k++;
        }

        first = k;
        if (s.MentionStartingAt(k, MentionKind.Topic) is { } known)
        {
            return s.TokenEndingAt(known.End);
        }

        var last = -1;
        while (IsItemWord(s, k) && k - first < MaxItemWords)
        {
            last = k++;
        }

        if (last < 0 || IsItemWord(s, k) || (last == first && Generic.Contains(s.Word(first))))
        {
            return -1;
        }

        return s.Overlaps(s.Tokens[first].Start, s.Tokens[last].End, MentionKind.Topic, MentionKind.Country, MentionKind.Demonym, MentionKind.Organization)
            ? -1
            : last;
    }

    private static bool IsItemWord(AnalyzedSentence s, int k) =>
        k < s.Tokens.Count && s.Tokens[k].Kind == TokenKind.Word && char.IsLower(s.ArticleText[s.Tokens[k].Start]) && !Stops.Contains(s.Word(k)) && !Closers.Contains(s.Word(k))
        && !Words.Prepositions.Contains(s.Word(k));

    private static void AddMentions(AnalyzedSentence s, List<(int First, int Last)> items)
    {
        foreach (var (first, last) in items)
        {
            if (s.MentionStartingAt(first, MentionKind.Topic) is not null)
            {
                continue; // known to the lexicon, under its own name
            }

            var start = s.Tokens[first].Start;
            var end = s.Tokens[last].End;
            var text = s.Slice(start, end);
            s.Add(new Mention(MentionKind.Topic, s.Index, start, end, text) { Candidates = [text] });
        }
    }
}
