using System.Globalization;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Tours of several countries, as events of their own: "the final leg of a three-nation tour of Africa", "his
/// four-nation African tour", "a tour of G7 capitals", "Erdogan's Gulf tour". The traveller (the tour's possessor, else
/// the one on a visit the sentence tells) takes part, the visit the sentence tells is part of the tour, and the
/// phrase, with its "of" phrase, names it.
/// </summary>
/// <remarks>
/// Only a tour its words make one of several countries counts: a count of nations ("three-nation"; "a three-day tour
/// of Brazil" is a visit), a word of a region or of going abroad ("Gulf", "African", "regional", "overseas"), or "of" and a
/// region, a list of countries or a plural ("of Africa", "of Saudi Arabia, the United Arab Emirates and Qatar", "of G7
/// capitals"). "The tour" alone is a tour told before, and "a tour of the Taj Mahal" a visit to a place.
/// </remarks>
public sealed class TourRule : IExtractionRule
{
    /// <summary>What a tour's key holds between its year and its traveller: "2023 tour by Fumio Kishida".</summary>
    private const string TourKey = " tour by ";

    /// <summary>The most words before "tour" that describe it ("his first four-nation African tour").</summary>
    private const int MaxModifiers = 4;

    /// <summary>The most words of the "of" phrase after "tour" ("of Saudi Arabia, the United Arab Emirates and Qatar").</summary>
    private const int MaxOfWords = 12;

    /// <summary>Words that make a tour one of several countries.</summary>
    private static readonly HashSet<string> RegionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "regional", "international", "overseas", "foreign", "Gulf", "African", "European", "Asian", "Pacific", "Africa",
        "Europe", "Asia", "Americas", "Caribbean", "Balkan", "Nordic", "Baltic", "Latin", "Mideast",
    };

    /// <summary>The second part of a count of places: "three-nation", "four-country", "five-stop".</summary>
    private static readonly string[] Counts = ["-nation", "-country", "-nations", "-countries", "-leg", "-stop"];

    /// <summary>The second part of a count of days, which may describe a tour of one country: "a three-day tour of Brazil".</summary>
    private static readonly string[] Lengths = ["-day", "-week", "-long"];

    /// <summary>Nouns of several countries after a name: "a tour of G7 capitals", "of Gulf states", "of ASEAN nations".</summary>
    private static readonly HashSet<string> Plurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "capitals", "countries", "nations", "states", "neighbours", "neighbors", "partners", "allies", "members",
    };

    /// <summary>Words that may describe a tour before it without making it one of several countries.</summary>
    private static readonly HashSet<string> Describing = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "maiden", "latest", "current", "official", "state", "working", "diplomatic", "whirlwind", "East", "West",
        "Southeast", "Central", "Middle", "South", "North",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
            {
                var head = s.TokenAt(noun.End) - 1;
                if (head < 0 || !s.IsAny(head, "tour", "tours"))
                {
                    continue;
                }

                var first = PhraseStart(s, head);
                var ofEnd = OfPhraseEnd(s, head + 1);
                if (!OfSeveralCountries(s, first, head, ofEnd) || Traveller(context, s, first) is not { } traveller)
                {
                    continue;
                }

                Record(context, s, traveller, first, head, ofEnd);
            }
        }
    }

    private static void Record(ExtractionContext context, AnalyzedSentence s, string traveller, int first, int head, int ofEnd)
    {
        var name = context.Node<Leader>(traveller)?.Name ?? traveller;
        var year = context.Date?.Year;
        var key = $"{year?.ToString(CultureInfo.InvariantCulture) ?? "undated"}{TourKey}{name}";
        var evidence = context.Evidence(s.Index, s.Tokens[first].Start, s.Tokens[Math.Max(head, ofEnd)].End);
        var tour = context.Events.Frames.FirstOrDefault(f => f.Key == key);
        if (tour is null)
        {
            tour = context.Events.Add(EventKind.Visit, s.Index, evidence);
            tour.Key = key;
            tour.Name = $"tour by {name}";
            tour.Date = year is { } y ? new PartialDate(y) : null;
        }

        tour.DescribedIn.Add(s.Index);
        tour.AddParticipant(traveller, evidence);
        EventAliases.AddPhrase(tour, s, s.Tokens[first].Start, s.Tokens[head].End);
        if (ofEnd > head)
        {
            EventAliases.AddPhrase(tour, s, s.Tokens[first].Start, s.Tokens[ofEnd].End);
        }

        // "arrived in the capital for the final leg of a three-nation tour of Africa": the traveller's visit that the
        // sentence tells, or the one the story's main meeting is part of, is part of the tour.
        var storys = context.Events.Main?.Parents.ConvertAll(p => p.Parent) ?? [];
        foreach (var visit in context.Events.Frames)
        {
            if (visit.Kind == EventKind.Visit && !IsTour(visit)
                && visit.ParticipantIds.Contains(traveller) && (visit.DescribedIn.Contains(s.Index) || storys.Contains(visit))
                && !visit.Parents.Exists(p => p.Parent == tour))
            {
                visit.Parents.Add((tour, evidence));
            }
        }
    }

    /// <summary>Whether <paramref name="frame"/> is a tour this rule made (its key names it so), not a visit to a country.</summary>
    private static bool IsTour(EventFrame frame) => frame.Key?.Contains(TourKey, StringComparison.Ordinal) == true;

    /// <summary>The first token of the tour's phrase: its determiner or possessor, and the words that describe it.</summary>
    private static int PhraseStart(AnalyzedSentence s, int head)
    {
        var first = head;
        while (head - first < MaxModifiers && first > 0 && IsModifier(s, first - 1))
        {
            first--;
        }

        if (first > 0 && s.IsAny(first - 1, "a", "an", "the", "his", "her", "their", "its"))
        {
            return first - 1;
        }

        return first > 1 && s.Tokens[first - 1].Kind == TokenKind.Possessive ? first - 2 : first;
    }

    private static bool IsModifier(AnalyzedSentence s, int k) =>
        s.Tokens[k].Kind == TokenKind.Word
        && (IsCount(s.Word(k), Counts) || IsCount(s.Word(k), Lengths) || RegionWords.Contains(s.Word(k)) || Describing.Contains(s.Word(k)) || s.Is(k, "G7"));

    private static bool IsCount(string word, string[] counts)
    {
        foreach (var count in counts)
        {
            if (word.EndsWith(count, StringComparison.OrdinalIgnoreCase) && word.Length > count.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of the "of" phrase at token <paramref name="of"/> ("of Africa", "of G7 capitals", "of Saudi Arabia,
    /// the United Arab Emirates and Qatar"), or <paramref name="of"/> - 1 when no such phrase is there.
    /// </summary>
    private static int OfPhraseEnd(AnalyzedSentence s, int of)
    {
        if (!s.Is(of, "of"))
        {
            return of - 1;
        }

        var last = of;
        for (var k = of + 1; k < s.Tokens.Count && k - of <= MaxOfWords; k++)
        {
            if (s.IsCapitalized(k))
            {
                last = k;
                continue;
            }

            if ((s.IsAny(k, "the", "and") || s.Word(k) == ",") && (s.IsCapitalized(k + 1) || s.Is(k + 1, "the")))
            {
                continue; // "of Saudi Arabia, the United Arab Emirates and Qatar"
            }

            if (last > of && s.IsCapitalized(k - 1) && Plurals.Contains(s.Word(k)))
            {
                last = k; // "of G7 capitals"
            }

            break;
        }

        return last == of ? of - 1 : last;
    }

    /// <summary>Whether the tour's words make it one of several countries (see the remarks).</summary>
    private static bool OfSeveralCountries(AnalyzedSentence s, int first, int head, int ofEnd)
    {
        for (var k = first; k < head; k++)
        {
            if (IsCount(s.Word(k), Counts) || RegionWords.Contains(s.Word(k)) || s.Is(k, "G7"))
            {
                return true;
            }
        }

        if (ofEnd <= head)
        {
            return false;
        }

        var countries = 0;
        for (var k = head + 2; k <= ofEnd; k++)
        {
            if (RegionWords.Contains(s.Word(k)) || Plurals.Contains(s.Word(k)))
            {
                return true; // "of Africa", "of the Gulf", "of G7 capitals"
            }

            if (s.MentionStartingAt(k, MentionKind.Country) is not null)
            {
                countries++;
            }
        }

        return countries >= 2;
    }

    /// <summary>
    /// The leader on the tour: its possessor ("his", "Kishida's"), else the one on a visit the sentence tells, else the
    /// nearest leader before it.
    /// </summary>
    private static string? Traveller(ExtractionContext context, AnalyzedSentence s, int first)
    {
        var before = s.Tokens[first].Start;
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Leader or MentionKind.Pronoun or MentionKind.Role && m.NodeIds.Count == 1 && m.Start >= before && m.Start < s.Tokens[first].End)
            {
                return m.NodeId; // "his four-nation African tour", "Kishida's tour"
            }
        }

        foreach (var visit in context.Events.DescribedIn(s.Index))
        {
            if (visit.Kind == EventKind.Visit && visit.ParticipantIds.Count == 1 && !IsTour(visit))
            {
                return visit.ParticipantIds[0];
            }
        }

        // "shortly after she arrived in the capital for the final leg of a three-nation tour": the nearest leader before it.
        string? nearest = null;
        foreach (var m in s.MentionSpan)
        {
            if (m.Start >= before)
            {
                break;
            }

            if (m.Kind is MentionKind.Leader or MentionKind.Pronoun or MentionKind.Role && m.NodeIds.Count == 1)
            {
                nearest = m.NodeId;
            }
        }

        return nearest;
    }
}
