using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds editions of recurring summits: "[the] [30th] APEC Economic Leaders' Meeting", "the Asia-Pacific Economic
/// Cooperation (APEC) summit", "the Asia-Pacific Economic Cooperation, or APEC, summit", "the ... forum summit", "the
/// 17th Group of 20 (G20) Summit", "the meeting of Asia-Pacific Economic Cooperation leaders", "the summit of the Forum
/// on China-Africa Cooperation", a body's session ("the high-level week of the 79th session of the UN General
/// Assembly", "on the margins of the United Nations General Assembly"), and the lexicon's extra forms ("an Asia-Pacific
/// summit"). The organization's id is the candidate.
/// </summary>
internal static class SeriesPattern
{
    /// <summary>A lexicon form of a series, split into its words once rather than for every sentence.</summary>
    /// <param name="OrganizationId">The organization that convenes the series.</param>
    /// <param name="Words">The form's words, in order.</param>
    internal sealed record Form(string OrganizationId, string[] Words);

    /// <summary>Words that may follow an edition named by its body alone: a preposition, a conjunction, a verb or a word of time.</summary>
    private static readonly HashSet<string> AfterEdition = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "of", "and", "or", "to", "with", "where", "which", "that", "earlier", "later", "last", "this", "next",
        "was", "is", "will", "held", "opened", "closed", "ended", "began",
    };

    /// <summary>The forms of every series of <paramref name="lexicon"/>, split into words, in the lexicon's order.</summary>
    public static Form[] Forms(Lexicon lexicon)
    {
        var forms = new List<Form>();
        foreach (var series in lexicon.EventSeries)
        {
            foreach (var form in series.Forms)
            {
                forms.Add(new Form(series.OrganizationId, form.Split(' ')));
            }
        }

        return [.. forms];
    }

    /// <summary>Adds the series mentions of <paramref name="s"/>: by organization, then by each of <paramref name="forms"/> (see <see cref="Forms"/>).</summary>
    public static void Find(AnalyzedSentence s, Form[] forms)
    {
        foreach (var org in s.MentionSpanOf(MentionKind.Organization))
        {
            if (org.Candidates.Count == 1)
            {
                ByOrganization(s, org);
            }
        }

        foreach (var form in forms)
        {
            ByForm(s, form.OrganizationId, form.Words);
        }
    }

    private static void ByOrganization(AnalyzedSentence s, Mention org)
    {
        var k = s.TokenAt(org.End);
        var before = s.TokenAt(org.Start) - 1;
        if (before >= 0 && s.Tokens[before].End > org.Start)
        {
            before--; // "the second India-CARICOM Summit": the body ends a word that opens with another party, and the name
        }

        if (s.IsAny(before, "of") && s.IsAny(before - 1, "meeting", "summit") && s.IsAny(k, "leaders", "members"))
        {
            var first = s.Is(before - 2, "the") ? before - 2 : before - 1;
            Add(s, org, first, k, null);
            return;
        }

        if (s.IsAny(k - 1, "Summit") && s.Is(before, "the") && (k >= s.Tokens.Count || s.Tokens[k].Kind != TokenKind.Word || AfterEdition.Contains(s.Word(k))))
        {
            // "had taken part in the East Asia Summit earlier in the week": a body named for its summits; "the" makes it
            // one of them, unless more of a noun follows ("the East Asia Summit foreign ministers' meeting").
            Add(s, org, before, k - 1, null);
            return;
        }

        var of = s.Is(before, "the") ? before - 1 : before;
        if (s.Is(of, "of") && s.Is(of - 1, "session") && EditionStart(s, of - 1) is var (opening, session) && s.Is(opening, "the"))
        {
            // "the 79th session of the UN General Assembly", and "the high-level week of" it: a body's yearly session.
            Add(s, org, PartOfSession(s, opening), k - 1, session);
            return;
        }

        if (s.Is(before, "the") && s.Is(of, "of") && s.IsAny(of - 1, "sidelines", "margins") && org.Text.EndsWith("General Assembly", StringComparison.Ordinal))
        {
            // "on the sidelines of the United Nations General Assembly": the Assembly's session of the year.
            Add(s, org, before, k - 1, null);
            return;
        }

        if (s.Is(of, "of") && s.Is(of - 1, "summit") && EditionStart(s, of - 1) is var (from, nth) && s.IsAny(from, "the", "this"))
        {
            // "the summit of the Forum on China-Africa Cooperation (FOCAC)", "the annual summit of the SCO"; "a summit
            // of the Quad" is left to the meeting it may be.
            var last = s.Word(k) == "(" && s.Word(k + 2) == ")" ? k + 2 : k - 1;
            Add(s, org, from, last, nth);
            return;
        }

        if (s.Word(k) == "(" && s.Word(k + 2) == ")")
        {
            k += 3;
        }
        else if (s.Word(k) == "," && s.Is(k + 1, "or") && s.Word(k + 3) == ",")
        {
            k += 4;
        }

        var tail = 0;
        // "the APEC Economic Leaders' Meeting", "the Asia-Pacific Economic Cooperation (APEC) forum's leaders' meeting"
        while (tail < 5 && (s.IsAny(k, "forum", "Economic", "Leaders", "leaders'", "Leaders'") || s.Word(k) is "'" or "\u2019" || (k < s.Tokens.Count && s.Tokens[k].Kind == TokenKind.Possessive)))
        {
            k++;
            tail++;
        }

        if (!s.IsAny(k, "summit", "meeting"))
        {
            return;
        }

        var (start, ordinal) = EditionStart(s, before + 1);
        Add(s, org, start, k, ordinal);
    }

    /// <summary>
    /// Adds the numbered sessions of bodies the knowledge base does not hold, once <see cref="OrganizationPattern"/> has
    /// found them by name: "the 13th session of the Intergovernmental Commission for Economic Cooperation", "the 9th
    /// session of the Qatari-Turkish Supreme Strategic Committee". The body's id, as resolution gives it, is the candidate.
    /// Unnumbered, "a session of the committee" is no edition.
    /// </summary>
    public static void FindSessions(AnalyzedSentence s)
    {
        foreach (var org in s.MentionSpanOf(MentionKind.Organization))
        {
            if (org.Candidates.Count == 0 && org.Name is { } name)
            {
                SessionOf(s, org, NodeId.Create(Organization.IdPrefix, name));
            }
        }
    }

    private static void SessionOf(AnalyzedSentence s, Mention org, string bodyId)
    {
        var before = s.TokenAt(org.Start) - 1;
        if (before < 3)
        {
            return; // no room for "the Nth session of the"
        }

        if (!s.Is(before, "the") && s.Tokens[before].Kind == TokenKind.Word && s.IsCapitalized(before) && s.Is(before - 1, "the"))
        {
            before--; // "the Qatari-Turkish Supreme Strategic Committee"
        }

        if (s.Is(before, "the") && s.Is(before - 1, "of") && s.Is(before - 2, "session")
            && EditionStart(s, before - 2) is var (opening, session) && session is not null && s.Is(opening, "the"))
        {
            Add(s, org, opening, NameTail(s, s.TokenAt(org.End) - 1), session, [bodyId]);
        }
    }

    /// <summary>
    /// The last token of a body's name that goes on after the words found as its name: "the Intergovernmental Commission
    /// for Economic Cooperation" (capitalised words after "for", joined by "and" or "of"), or <paramref name="last"/>.
    /// </summary>
    private static int NameTail(AnalyzedSentence s, int last)
    {
        if (!s.Is(last + 1, "for") || !s.IsCapitalized(last + 2))
        {
            return last;
        }

        var end = last + 2;
        while (s.IsCapitalized(end + 1) || (s.IsAny(end + 1, "and", "of") && s.IsCapitalized(end + 2)))
        {
            end += s.IsCapitalized(end + 1) ? 1 : 2;
        }

        return end;
    }

    /// <summary>
    /// The first token of an edition's name whose head starts at token <paramref name="head"/>, with its ordinal: a
    /// determiner, then one ordinal or one lower-case describing word ("the 17th G20 Summit", "the expanded G7 Summit",
    /// "the annual summit of the SCO").
    /// </summary>
    private static (int First, int? Ordinal) EditionStart(AnalyzedSentence s, int head)
    {
        var first = head;
        if (first > 1 && Words.IsYear(s.Word(first - 1), out _) && IsDeterminer(s, first - 2))
        {
            first--; // "the 2024 Summit of the Forum on China-Africa Cooperation"
        }

        int? ordinal = null;
        if (Words.IsOrdinal(s.Word(first - 1), out var n))
        {
            ordinal = n;
            first--;
        }
        else if (first >= 2 && s.IsLowerCaseWord(first - 1) && !Words.Prepositions.Contains(s.Word(first - 1)) && IsDeterminer(s, first - 2))
        {
            first--;
        }

        return (IsDeterminer(s, first - 1) ? first - 1 : first, ordinal);
    }

    /// <summary>
    /// The first token of "the high-level week of" or "the General Debate of" before a session opening at token
    /// <paramref name="opening"/>, or <paramref name="opening"/> itself.
    /// </summary>
    private static int PartOfSession(AnalyzedSentence s, int opening)
    {
        if (!s.Is(opening - 1, "of"))
        {
            return opening;
        }

        for (var k = opening - 2; k >= 0 && opening - k <= 4; k--)
        {
            if (s.Is(k, "the"))
            {
                return s.IsAny(opening - 2, "week", "Debate", "debate", "segment") ? k : opening;
            }
        }

        return opening;
    }

    private static bool IsDeterminer(AnalyzedSentence s, int k) => Words.Determiners.Contains(s.Word(k)) || s.Word(k) is "an";

    private static void ByForm(AnalyzedSentence s, string organizationId, string[] words)
    {
        for (var i = 0; i + words.Length <= s.Tokens.Count; i++)
        {
            var w = 0;
            while (w < words.Length && s.Is(i + w, words[w]))
            {
                w++;
            }

            if (w < words.Length)
            {
                continue;
            }

            var start = i > 0 && (Words.Determiners.Contains(s.Word(i - 1)) || s.Is(i - 1, "an")) ? i - 1 : i;
            var first = s.Tokens[start].Start;
            var last = s.Tokens[i + words.Length - 1].End;
            if (!s.Overlaps(first, last, MentionKind.Series))
            {
                s.Add(new Mention(MentionKind.Series, s.Index, first, last, s.Slice(first, last)) { Candidates = [organizationId], IsDefinite = true, Head = "form" });
            }
        }
    }

    private static void Add(AnalyzedSentence s, Mention org, int first, int last, int? ordinal, IReadOnlyList<string>? body = null)
    {
        var start = s.Tokens[first].Start;
        var end = s.Tokens[last].End;
        if (s.Overlaps(start, end, MentionKind.Series))
        {
            return;
        }

        // "the G20 summit in Osaka": the edition as written with its city is one of its names.
        var placed = EventPlaces.PlaceAfter(s, last);
        s.Add(new Mention(MentionKind.Series, s.Index, start, end, s.Slice(start, end))
        {
            Candidates = body ?? org.Candidates,
            Ordinal = ordinal,
            IsDefinite = s.IsAny(first, "the", "this"),
            Variants = placed is not null ? [s.Slice(start, placed.End)] : [],
        });
    }
}
