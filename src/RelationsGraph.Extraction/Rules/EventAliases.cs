using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>Adds the ways an article names an event to its frame: "a Japan-China Summit Meeting", "their first formal talks in a year".</summary>
internal static class EventAliases
{
    public static void Add(EventFrame frame, Mention noun)
    {
        if (noun.Head is { } head)
        {
            frame.Heads.Add(head);
        }

        foreach (var form in noun.Variants.Prepend(noun.Text))
        {
            AddForm(frame, form);
        }
    }

    /// <summary>
    /// Adds <paramref name="form"/>, a name the article gives the event, with and without its leading article, and
    /// without its possessor ("this week's two-day working visit to Turkey" is also "two-day working visit to Turkey").
    /// </summary>
    public static void AddForm(EventFrame frame, string form)
    {
        frame.Aliases.Add(form);
        frame.Aliases.Add(Bare(form));
        if (WithoutPossessor(form) is { } owned)
        {
            frame.Aliases.Add(owned);
        }
    }

    /// <summary>
    /// Adds the phrase from <paramref name="start"/> to <paramref name="end"/> ("a state visit to Moscow", "talks with
    /// Foreign Minister Qin Gang"), and, when a date follows it at once, the phrase with the date ("a state visit to
    /// Moscow in March 2023", "talks with Foreign Minister Qin Gang on Sunday"): both are how the article names the event.
    /// </summary>
    public static void AddPhrase(EventFrame frame, AnalyzedSentence s, int start, int end)
    {
        var form = s.Slice(start, end);
        AddForm(frame, form);
        if (s.MentionStartingAt(s.TokenAt(end), MentionKind.Date) is { } date)
        {
            AddForm(frame, s.Slice(start, date.End));
        }
    }

    /// <summary>
    /// The phrase after a possessor ("Biden's Trilateral Meeting" becomes "Trilateral Meeting", "leaders' first
    /// face-to-face meeting" becomes "first face-to-face meeting"), if it has one. A plural possessor before a capital
    /// is part of a name ("APEC Economic Leaders' Meeting"), no possessor.
    /// </summary>
    public static string? WithoutPossessor(string form)
    {
        foreach (var mark in (ReadOnlySpan<string>)["'s ", "\u2019s ", "s' ", "s\u2019 "])
        {
            var at = form.IndexOf(mark, StringComparison.Ordinal);
            var rest = at + mark.Length;
            if (at > 0 && form.Length > rest && (mark[0] != 's' || char.IsLower(form[rest])))
            {
                return form[rest..];
            }
        }

        return null;
    }

    /// <summary>The phrase without a leading article ("the meeting" becomes "meeting").</summary>
    public static string Bare(string form)
    {
        foreach (var article in (ReadOnlySpan<string>)["the ", "The ", "a ", "A ", "an ", "An "])
        {
            if (form.StartsWith(article, StringComparison.Ordinal) && form.Length > article.Length)
            {
                return form[article.Length..];
            }
        }

        return form;
    }
}
