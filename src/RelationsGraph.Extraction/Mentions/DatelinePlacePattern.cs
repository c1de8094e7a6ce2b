using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The dateline's place when the knowledge base does not know it ("PERTH, Australia --", "WOODSIDE, Calif. --"): a
/// dateline always names a place, so it becomes a <see cref="MentionKind.Place"/> mention named in title case
/// ("Perth"), and so does every later occurrence of that name in the story ("their summit in Perth").
/// </summary>
/// <remarks>
/// Runs once per article, after the per-sentence patterns, and only when no place, capital or country mention
/// starts where the dateline's place does. Later occurrences are matched by whole words, case-sensitively, where no
/// other mention lies; one pass over each sentence's tokens per word of the name.
/// </remarks>
internal static class DatelinePlacePattern
{
    private const int MaxWords = 4;

    /// <summary>Adds the mentions of an unknown dateline place to <paramref name="sentences"/>.</summary>
    public static void Find(ArticleText article, IReadOnlyList<AnalyzedSentence> sentences)
    {
        if (article.Dateline is not { } dateline || Datelined(sentences, dateline) is not { } first)
        {
            return;
        }

        var place = dateline.PlaceRange;
        if (first.MentionStartingAt(first.TokenAt(place.Start), MentionKind.Place, MentionKind.Capital, MentionKind.Country) is not null)
        {
            return; // known to the gazetteer
        }

        var words = TitleCase(dateline.Place).Split(' ');
        if (words.Length > MaxWords || words.Any(w => w.Length < 2))
        {
            return;
        }

        var name = string.Join(' ', words);
        var firstToken = first.TokenAt(place.Start);
        if (first.HasWordsAt(firstToken, words, ignoreCase: true) && !first.OverlapsAny(place.Start, place.End))
        {
            first.Add(new Mention(MentionKind.Place, first.Index, place.Start, place.End, first.Slice(place.Start, place.End)) { Candidates = [name] });
        }

        foreach (var s in sentences)
        {
            for (var k = 0; k + words.Length <= s.Tokens.Count; k++)
            {
                var start = s.Tokens[k].Start;
                var end = s.Tokens[k + words.Length - 1].End;
                if (start != place.Start && s.HasWordsAt(k, words, ignoreCase: false) && !s.OverlapsAny(start, end))
                {
                    s.Add(new Mention(MentionKind.Place, s.Index, start, end, s.Slice(start, end)) { Candidates = [name] });
                }
            }
        }
    }

    /// <summary>The sentence that holds the dateline's place, or null.</summary>
    private static AnalyzedSentence? Datelined(IReadOnlyList<AnalyzedSentence> sentences, Dateline dateline)
    {
        foreach (var s in sentences)
        {
            if (s.Sentence.Start <= dateline.PlaceRange.Start && dateline.PlaceRange.End <= s.Sentence.End)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>"PERTH" → "Perth", "NUSA DUA" → "Nusa Dua"; a name already in mixed case is kept.</summary>
    private static string TitleCase(string place)
    {
        if (place.Any(char.IsLower))
        {
            return place;
        }

        var chars = place.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '\'')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
