namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds date expressions and records their form in <see cref="Mention.Head"/> for the resolver: a weekday
/// ("on Thursday"), a month and day with or without a year ("Nov. 16", "November 16, 2023", "10 April 2024",
/// "15 September"), a month with a year or a relative year ("in November 2022", "in November last year", "in June that
/// year", "last August", "in May"), a year ("in 1972"), and relative expressions ("today", "this morning", "tonight", "yesterday", "this year", "last year", "a year ago" or "a year earlier", "the same day",
/// "later that month", "that same year", "the following day").
/// </summary>
internal static class DatePattern
{
    /// <summary>
    /// The token of the unit of a date told by the one before it, starting at token <paramref name="i"/>: "the same day",
    /// "that same month", "later that month", "that year"; null when none starts there ("the year before" needs "same").
    /// </summary>
    private static int? Anaphoric(AnalyzedSentence s, int i)
    {
        var k = s.IsAny(i, "later", "earlier") && s.Is(i + 1, "that") ? i + 1 : i;
        int unit;
        if (s.Is(k, "that"))
        {
            unit = s.Is(k + 1, "same") ? k + 2 : k + 1;
        }
        else if (s.Is(k, "the") && s.Is(k + 1, "same"))
        {
            unit = k + 2;
        }
        else
        {
            return null;
        }

        return s.IsAny(unit, "day", "month", "year") ? unit : null;
    }

    public static void Find(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var word = s.Word(i);
            int end;
            string head;
            if (s.IsCapitalized(i) && Words.Weekdays.Contains(word)) // the case first: most tokens are lower-case, and it costs no hashing
            {
                if (s.Is(i - 1, "Good"))
                {
                    continue; // "the Good Friday Agreement", "on Good Friday": a name, not a day of the story's week
                }

                (end, head) = (i, "weekday");
                if (s.IsAny(i + 1, "afternoon", "morning", "evening", "night"))
                {
                    end = i + 1;
                }
            }
            else if (s.IsCapitalized(i) && Words.Months.Contains(word) && !(word == "May" && !IsDateContext(s, i)))
            {
                (end, head) = Month(s, i);
            }
            else if (s.Tokens[i].Kind == TokenKind.Number && s.Tokens[i].Length <= 2 && Words.Months.Contains(s.Word(i + 1)) && s.IsCapitalized(i + 1))
            {
                // "on 15 September 2022", and "on 15 September" of the story's year
                (end, head) = Words.IsYear(s.Word(i + 2), out _) ? (i + 2, "day-month-year") : (i + 1, "day-month");
            }
            else if (Words.IsYear(word, out _) && s.Tokens[i].Kind == TokenKind.Number)
            {
                (end, head) = (i, "year");
            }
            else if (s.IsAny(i, "this", "last", "next") && s.IsAny(i + 1, "year", "month", "week"))
            {
                (end, head) = (i + 1, s.Word(i).ToLowerInvariant() + " " + s.Word(i + 1).ToLowerInvariant());
            }
            else if (s.IsAny(i, "a", "one") && s.Is(i + 1, "year") && (s.IsAny(i + 2, "ago", "earlier") || (s.Is(i + 2, "before") && !(i + 3 < s.Tokens.Count && s.Tokens[i + 3].Kind == TokenKind.Word))))
            {
                (end, head) = (i + 2, "year ago");
            }
            else if (s.IsAny(i, "today", "yesterday") && !(s.Tokens.Count > i + 1 && s.Tokens[i + 1].Kind == TokenKind.Possessive))
            {
                (end, head) = (i, s.Word(i).ToLowerInvariant());
            }
            else if ((s.Is(i, "this") && s.IsAny(i + 1, "morning", "afternoon", "evening")) || s.Is(i, "tonight"))
            {
                (end, head) = (s.Is(i, "this") ? i + 1 : i, "today"); // "On the final day of the visit this morning"
            }
            else if (s.Is(i, "the") && s.IsAny(i + 1, "following", "next") && s.Is(i + 2, "day"))
            {
                (end, head) = (i + 2, "next day"); // "continued their discussions the following day in Tokyo"
            }
            else if (Anaphoric(s, i) is { } unit)
            {
                (end, head) = (unit, s.Word(unit).ToLowerInvariant() switch { "day" => "same day", "month" => "that month", _ => "that year" });
            }
            else
            {
                continue;
            }

            var start = s.IsAny(i - 1, "on", "in", "since", "last") && !head.Contains(' ', StringComparison.Ordinal) ? i - 1 : i;
            if (start < i && s.Is(start, "last"))
            {
                head = "last-" + head;
            }

            var first = s.Tokens[start].Start;
            var last = s.Tokens[end].End;
            s.Add(new Mention(MentionKind.Date, s.Index, first, last, s.Slice(first, last)) { Head = head });
            i = end;
        }
    }

    private static (int End, string Head) Month(AnalyzedSentence s, int i)
    {
        var j = i + 1;
        if (s.Tokens.Count > j && s.Tokens[j].Kind == TokenKind.Number && s.Tokens[j].Length <= 2)
        {
            if (s.Word(j + 1) == "," && Words.IsYear(s.Word(j + 2), out _))
            {
                return (j + 2, "month-day-year");
            }

            return Words.IsYear(s.Word(j + 1), out _) ? (j + 1, "month-day-year") : (j, "month-day");
        }

        if (Words.IsYear(s.Word(j), out _))
        {
            return (j, "month-year");
        }

        if (s.Is(j, "last") && s.Is(j + 1, "year"))
        {
            return (j + 1, "month-last-year");
        }

        if (Anaphoric(s, j) is { } unit && s.Is(unit, "year"))
        {
            return (unit, "month-that-year"); // "in June that year", "in March the same year": the year told before
        }

        return (i, "month");
    }

    /// <summary>"May" is a month after "in", "last", "since", "early", "late" or before a day number.</summary>
    private static bool IsDateContext(AnalyzedSentence s, int i) =>
        s.IsAny(i - 1, "in", "last", "since", "early", "late", "mid", "until", "of") || (s.Tokens.Count > i + 1 && s.Tokens[i + 1].Kind == TokenKind.Number);
}
