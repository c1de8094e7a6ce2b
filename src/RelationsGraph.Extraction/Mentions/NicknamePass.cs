using RelationsGraph.Extraction.Gazetteer;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Leaders named with a nickname in quotation marks inside their name, as many outlets write them: President
/// Ferdinand "Bongbong" Marcos Jr., Luiz Inácio "Lula" da Silva. The gazetteer sees the name broken by the quoted
/// word; this pass reads the sentence again without the nickname, then with the nickname but without its marks, and
/// a leader's name found across the gap becomes one mention of the whole written name, in place of the pieces.
/// </summary>
internal static class NicknamePass
{
    /// <summary>The longest nickname read, in characters: a word or two ("Bongbong", "Joe", "Lula").</summary>
    private const int MaxNickname = 24;

    public static void Find(AnalyzedSentence sentence, MentionGazetteers gazetteers)
    {
        var text = sentence.ArticleText;
        var s = sentence.Sentence;
        for (var open = s.Start + 1; open < s.End; open++)
        {
            if (Nickname(text, open, s.End) is not { } close)
            {
                continue;
            }

            // Without the nickname and the space after it; then with the nickname but without its marks.
            var before = text.AsSpan(s.Start, open - s.Start);
            var dropped = close + 2 - open;
            Add(sentence, gazetteers, string.Concat(before, text.AsSpan(close + 2, s.End - close - 2)), open, dropped, 0);
            Add(sentence, gazetteers, string.Concat(before, text.AsSpan(open + 1, close - open - 1), text.AsSpan(close + 1, s.End - close - 1)), open, 1, close);
            open = close;
        }
    }

    /// <summary>
    /// The offset of the closing mark of a nickname that opens at <paramref name="open"/>: a quotation mark after a
    /// space after a capitalized word, one or two capitalized words, the closing mark, a space and a word ("Marcos", "da Silva").
    /// </summary>
    private static int? Nickname(string text, int open, int end)
    {
        if (open < 2 || !IsQuote(text[open]) || text[open - 1] != ' ' || !char.IsLetter(text[open - 2]) || open + 1 >= end || !char.IsUpper(text[open + 1]))
        {
            return null;
        }

        for (var k = open + 2; k < end && k - open <= MaxNickname; k++)
        {
            if (IsQuote(text[k]))
            {
                return k + 2 < end && text[k + 1] == ' ' && char.IsLetter(text[k + 2]) ? k : null;
            }

            if (!(char.IsLetter(text[k]) || text[k] is ' ' or '-' or '.'))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '\u2019';

    /// <summary>
    /// Adds the leaders that <paramref name="joined"/> (the sentence with characters removed at <paramref name="gap"/>)
    /// names across the gap. Before the gap, offsets are the sentence's; after it, <paramref name="removed"/> more, except
    /// that a second mark removed at <paramref name="secondGap"/> (when not 0) adds one more to an end after it.
    /// </summary>
    private static void Add(AnalyzedSentence sentence, MentionGazetteers gazetteers, string joined, int gap, int removed, int secondGap)
    {
        var s = sentence.Sentence;
        var cut = gap - s.Start;
        foreach (var match in gazetteers.Entities.FindAll(joined))
        {
            var reading = gazetteers.Reading(match.Payloads);
            if (reading.IsFeature || reading.First.Kind != MentionKind.Leader || match.Start >= cut || match.Start + match.Length <= cut)
            {
                continue;
            }

            var end = s.Start + match.Start + match.Length + removed;
            if (secondGap > 0 && end > secondGap)
            {
                end++;
            }

            var start = s.Start + match.Start;
            sentence.RemoveAll(m => m.Start < end && m.End > start && m.Kind == MentionKind.Leader);
            sentence.Add(new Mention(MentionKind.Leader, sentence.Index, start, end, sentence.Slice(start, end)) { Candidates = reading.Candidates });
            return;
        }
    }
}
