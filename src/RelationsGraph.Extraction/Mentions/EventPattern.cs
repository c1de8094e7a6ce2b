namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds noun phrases that name events: meetings, talks, calls, summits and visits ("their first formal talks in
/// a year", "a Japan-China Summit Meeting", "a phone call"), named dialogues ("the China-Japan High-Level Economic
/// Dialogue") and anniversaries ("the 45th anniversary of the signing of ..."). Editions of recurring summits
/// are found by <see cref="SeriesPattern"/> first, so their head nouns are not taken twice.
/// </summary>
internal static class EventPattern
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "formal", "informal", "bilateral", "trilateral", "three-way", "face-to-face", "phone", "telephone", "video",
        "long-awaited", "stand-alone", "first-of-its-kind", "summit", "state", "official", "latest", "previous", "last", "next",
        "recent", "brief", "closed-door", "working", "separate", "high-level", "in-person", "virtual", "landmark", "historic",
        "annual", "inaugural", "one-on-one", "restricted", "expanded", "extended", "two-day", "three-day", "four-day", "five-day", "week-long", "weeklong", "overseas", "foreign", "abroad",
        "unannounced", "surprise", "return", "rare", "whirlwind", "goodwill", "closed", "frank", "candid", "in-depth",
        "wide-ranging", "extensive", "constructive", "productive", "cordial", "lengthy", "intergovernmental", "government",
    };

    private static readonly HashSet<string> NounPhraseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "after", "on", "that", "which", "where", "when", "as", "at", "for", "to", "with", "who", "while", "before", "during",
        "is", "was", "are", "were", "will", "would", "has", "have", "had", // "the meeting between the leaders ... was in November"
        "took", "came", "happened", "lasted", "ended", "began", "marked", // "the last talks between a Chinese leader and ... took place"
    };

    public static void Find(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Is(i, "anniversary"))
            {
                Anniversary(s, i);
            }
            else if (s.Is(i, "years") && s.Is(i + 1, "since"))
            {
                YearsSince(s, i);
            }
            else if (s.Is(i, "Dialogue") && s.IsCapitalized(i))
            {
                Dialogue(s, i);
            }
            else if (Words.EventHeads.ContainsKey(s.Word(i)) && !Words.EventHeads.ContainsKey(s.Word(i + 1)) && !s.IsAny(i + 1, "level", "levels")
                && !s.Overlaps(s.Tokens[i].Start, s.Tokens[i].End, MentionKind.Series, MentionKind.EventNoun))
            {
                Noun(s, i);
            }
        }
    }

    private static void Noun(AnalyzedSentence s, int head)
    {
        if (s.Is(head + 1, "of") && s.IsAny(head, "meeting", "summit") && s.MentionStartingAt(head + 2, MentionKind.Organization) is not null)
        {
            return; // "the meeting of APEC leaders": a series edition
        }

        var start = head;
        while (start > 0 && IsModifier(s, start - 1))
        {
            start--;
        }

        if (start >= 2 && s.Is(start - 1, "of") && s.IsAny(start - 2, "round", "rounds"))
        {
            // "the seventh round of German-Indian government consultations", "a new round of talks"
            start -= 2;
            while (start > 0 && (IsModifier(s, start - 1) || s.Is(start - 1, "new")))
            {
                start--;
            }
        }

        if (PlaceBefore(s, start) is { } place)
        {
            start = place; // "The Oval Office meeting", "the Helsinki summit": the place names the event
        }

        var definite = false;
        if (start > 0 && (Words.Determiners.Contains(s.Word(start - 1)) || s.Tokens[start - 1].Kind == TokenKind.Possessive))
        {
            start--;
            definite = !s.IsAny(start, "a", "an");
            if (s.Tokens[start].Kind == TokenKind.Possessive && start > 0)
            {
                start--;
            }
        }

        var headWord = s.Word(head).ToLowerInvariant();
        if (headWord is "trip" or "tour")
        {
            headWord = "visit";
        }

        if (headWord == "encounter")
        {
            headWord = "meeting"; // "the informal encounter", "their first face-to-face encounter"
        }

        if (headWord == "retreat")
        {
            // "the annual Leaders' Retreat between ...": a meeting; "a retreat from" or "in retreat" is none.
            var leaders = (head > 0 && s.Tokens[head - 1].Kind == TokenKind.Possessive) || s.Word(head - 1) is "'" or "\u2019" ? head - 2 : head - 1;
            if (!s.IsAny(leaders, "leaders", "leaders'", "annual", "informal"))
            {
                return;
            }

            headWord = "meeting";
        }

        if (s.IsAny(head, "call", "conversation") && !Enumerable.Range(start, head - start).Any(k => s.IsAny(k, "phone", "telephone", "video")) && !definite)
        {
            return; // "call" alone is too often the verb's noun ("a call for restraint")
        }

        var first = s.Tokens[start].Start;
        // Most event nouns have no longer form and name no sides: those share the empty list.
        List<string>? variants = null;
        var end = PostModifier(s, head, out var time);
        if (end > head)
        {
            (variants ??= []).Add(s.Slice(first, s.Tokens[end].End));
        }

        if (time > Math.Max(end, head))
        {
            (variants ??= []).Add(s.Slice(first, s.Tokens[time].End));
        }

        if (EventPlaces.PlaceAfter(s, end) is { } placed)
        {
            (variants ??= []).Add(s.Slice(first, placed.End));
        }

        var sides = Sides(s, start, head);
        s.Add(new Mention(MentionKind.EventNoun, s.Index, first, s.Tokens[head].End, s.Slice(first, s.Tokens[head].End))
        {
            Head = headWord,
            IsDefinite = definite,
            Variants = variants ?? [],
            Candidates = sides is { Count: >= 2 } ? sides : [],
        });
    }

    /// <summary>
    /// The countries named before the head ("the Japan-China summit"): the single candidate of each country or demonym
    /// mention that covers a token of <c>[start, head)</c>, distinct, in order; null when there is none.
    /// </summary>
    private static List<string>? Sides(AnalyzedSentence s, int start, int head)
    {
        List<string>? sides = null;
        for (var k = start; k < head; k++)
        {
            if (s.MentionCovering(k, MentionKind.Country, MentionKind.Demonym) is { Candidates.Count: 1 } m)
            {
                sides ??= [];
                if (!sides.Contains(m.Candidates[0]))
                {
                    sides.Add(m.Candidates[0]);
                }
            }
        }

        return sides;
    }

    /// <summary>The first token of a place or capital that ends right before token <paramref name="start"/>, after "the"; or null.</summary>
    private static int? PlaceBefore(AnalyzedSentence s, int start)
    {
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Place or MentionKind.Capital && start > 0 && s.TokenEndingAt(m.End) == start - 1
                && s.Is(s.TokenAt(m.Start) - 1, "the"))
            {
                return s.TokenAt(m.Start);
            }
        }

        return null;
    }

    private static bool IsModifier(AnalyzedSentence s, int k)
    {
        var word = s.Word(k);
        if (Modifiers.Contains(word) || Words.Months.Contains(word) || Words.IsOrdinal(word, out _))
        {
            return true;
        }

        if (EventNounLength.IsPart(s, k))
        {
            return true; // "an hour-long meeting", "a 24-hour working visit", "The roughly 45-minute meeting"
        }

        // "the China-Japan-ROK leaders' meeting": the leaders whose meeting it is.
        if (s.IsAny(k, "leaders", "Leaders") || (s.Word(k) is "'" or "\u2019" && s.IsAny(k - 1, "leaders", "Leaders")))
        {
            return true;
        }

        // "Japan-China Summit Meeting", "U.S.-China": capitalised compounds that name the sides or the kind.
        return s.IsCapitalized(k) && (word.Contains('-', StringComparison.Ordinal) || s.IsAny(k, "Summit", "Leaders"))
            && !Words.Determiners.Contains(word);
    }

    /// <summary>The last token of "between/among/of ..." after the head (the head when none), and of a following "in (about) a year".</summary>
    private static int PostModifier(AnalyzedSentence s, int head, out int time)
    {
        var end = head;
        if (s.IsAny(head + 1, "between", "among", "of"))
        {
            var k = head + 2;
            while (k < s.Tokens.Count && s.Tokens[k].Kind != TokenKind.Punctuation && !NounPhraseStops.Contains(s.Word(k)) && k - head < 12)
            {
                k++;
            }

            if (s.Tokens.Count > k && s.Tokens[k].Kind == TokenKind.Possessive)
            {
                k += 1;
                while (k < s.Tokens.Count && s.Tokens[k].Kind == TokenKind.Word && !NounPhraseStops.Contains(s.Word(k)) && k - head < 14)
                {
                    k++;
                }
            }

            end = k - 1 > head + 1 ? k - 1 : head;
        }

        time = -1;
        var t = end + 1;
        if (s.Is(t, "in"))
        {
            var u = t + 1;
            if (s.IsAny(u, "about", "nearly", "more", "over", "almost"))
            {
                u++;
                if (s.Is(u, "than"))
                {
                    u++;
                }
            }

            if ((s.IsAny(u, "a", "one") || Words.Numbers.ContainsKey(s.Word(u)) || s.Tokens.Count > u && s.Tokens[u].Kind == TokenKind.Number)
                && s.IsAny(u + 1, "year", "years", "decade", "decades", "months"))
            {
                time = u + 1;
            }
        }

        return end;
    }

    private static void Dialogue(AnalyzedSentence s, int head)
    {
        var start = head;
        // "the U.S.-China Comprehensive Dialogue": a hyphen after an abbreviation's full stop is a token of its own.
        while (start > 0 && (s.IsCapitalized(start - 1) || s.IsAny(start - 1, "and", "of") || (s.Word(start - 1) == "-" && s.IsCapitalized(start - 2)))
            && !Words.Determiners.Contains(s.Word(start - 1)))
        {
            start--;
        }

        // "the Quadrilateral Security Dialogue" is an organization the knowledge base names, not a series of talks.
        if (start == head || s.Overlaps(s.Tokens[start].Start, s.Tokens[head].End, MentionKind.Organization))
        {
            return;
        }

        var name = s.Slice(s.Tokens[start].Start, s.Tokens[head].End);
        var first = s.Is(start - 1, "the") ? s.Tokens[start - 1].Start : s.Tokens[start].Start;
        s.Add(new Mention(MentionKind.EventNoun, s.Index, first, s.Tokens[head].End, s.Slice(first, s.Tokens[head].End))
        {
            Head = "dialogue",
            Name = name,
            IsDefinite = true,
        });
    }

    private static void Anniversary(AnalyzedSentence s, int head)
    {
        if (!Words.IsOrdinal(s.Word(head - 1), out var ordinal) || !s.Is(head + 1, "of"))
        {
            return;
        }

        var start = s.Is(head - 2, "the") ? head - 2 : head - 1;
        AddAnniversary(s, start, head, ordinal);
    }

    /// <summary>
    /// "as the two neighbors mark 60 years since the normalization of diplomatic ties": an anniversary, when a verb of
    /// marking comes before the number (not "the first visit in 60 years since ...").
    /// </summary>
    private static void YearsSince(AnalyzedSentence s, int head)
    {
        if (int.TryParse(s.Word(head - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is > 0 and < 1000
            && s.IsAny(head - 2, "mark", "marks", "marked", "marking", "celebrate", "celebrates", "celebrated", "celebrating", "commemorate", "commemorates", "commemorated", "commemorating"))
        {
            AddAnniversary(s, head - 1, head, count);
        }
    }

    /// <summary>The anniversary from token <paramref name="start"/> through its "of" or "since" phrase after <paramref name="head"/>.</summary>
    private static void AddAnniversary(AnalyzedSentence s, int start, int head, int ordinal)
    {
        var k = head + 2;
        while (k < s.Tokens.Count && k - head < 24)
        {
            if (s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Document))
            {
                k++;
                continue;
            }

            if (s.IsLowerCaseWord(k) && (!Words.Prepositions.Contains(s.Word(k)) || s.Is(k, "to")) && s.Overlaps(s.Tokens[k - 1].Start, s.Tokens[k - 1].End, MentionKind.Document))
            {
                // "with the 25th anniversary of the Good Friday Agreement fast approaching", "the opportunity of the 40th
                // anniversary of the ... Treaty to bring relations back on track": the name ends with the document's.
                break;
            }

            if (s.Tokens[k].Kind == TokenKind.Punctuation && s.Word(k) is not ("-" or "'" or "\u2019" or "(" or ")"))
            {
                break;
            }

            if (s.IsAny(k, "this", "next", "last", "which", "that", "when", "is", "was", "will", "marks", "marked", "on", "and", "falls", "fell",
                    "comes", "came", "coincides", "coincided", "are", "were", "has", "had", "would", "at", "with", "by", "for", "as", "during")
                && !(s.Is(k, "and") && s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Document)))
            {
                if (s.Is(k, "and") && (IsBetweenPair(s, k) || (s.IsCapitalized(k - 1) && s.IsCapitalized(k + 1))))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (s.Is(k, "in") && (Words.IsYear(s.Word(k + 1), out _) || Words.Months.Contains(s.Word(k + 1))))
            {
                break;
            }

            k++;
        }

        var first = s.Tokens[start].Start;
        var last = s.Tokens[k - 1].End;
        s.Add(new Mention(MentionKind.Anniversary, s.Index, first, last, s.Slice(first, last)) { Ordinal = ordinal, IsDefinite = true, Head = "anniversary" });
    }

    /// <summary>Whether the "and" at <paramref name="k"/> joins the two parties of a "between A and B".</summary>
    private static bool IsBetweenPair(AnalyzedSentence s, int k)
    {
        for (var j = k - 1; j >= 0 && k - j < 8; j--)
        {
            if (s.Is(j, "between"))
            {
                return true;
            }
        }

        return false;
    }
}
