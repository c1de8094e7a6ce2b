using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Whether a known leader's one-word name after capitalised words ends someone else's name: "Minister of Planning and
/// Investment Nguyen Chi Dung" is not Nguyen Tan Dung, known as "Dung", where "President Joseph R. Biden" is Joe
/// Biden (<see cref="PersonPattern"/> reads the name on or stops before the known one).
/// </summary>
internal static class KnownSurname
{
    /// <summary>
    /// Whether the known leader's one-word name <paramref name="surname"/> (or the candidates it may stand for) ends the
    /// name of someone else: the two or more plain words from token <paramref name="start"/> to <paramref name="end"/>
    /// are none of theirs. A style, an initial or a word with a full stop among them ("Dr", "S", "Hon.") leaves the name the
    /// leader's, and so does a known name of more than one word ("U Win Myint", "HE Recep Tayyip Erdogan").
    /// </summary>
    public static bool EndsAnothersName(KnowledgeBase knowledgeBase, AnalyzedSentence s, int start, int end, Mention surname)
    {
        if (end - start < 2 || s.TokenAt(surname.End) != end + 1)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (s.Word(k).Length < 2 || s.Word(k).Contains('.', StringComparison.Ordinal) || Words.IsStyle(s, k))
            {
                return false;
            }
        }

        var known = surname.NodeIds.Concat(surname.Candidates).Select(knowledgeBase.Get<Leader>).ToList();
        return known.Count > 0 && known.All(leader => leader is not null && !GivenNamesOf(s, start, end, leader));
    }

    /// <summary>
    /// Whether the plain words from token <paramref name="start"/> to <paramref name="end"/> may be given names of
    /// <paramref name="leader"/>: each opens as one of the words of his names does ("Joseph" of Joe Biden); "Nguyen Chi"
    /// are not Nguyen Tan Dung's.
    /// </summary>
    private static bool GivenNamesOf(AnalyzedSentence s, int start, int end, Leader leader)
    {
        for (var k = start; k < end; k++)
        {
            var word = s.Word(k);
            if (!Opens(leader.Name, word) && !leader.Aliases.Items.Any(alias => Opens(alias, word)))
            {
                return false;
            }
        }

        return true;

        static bool Opens(string name, string word)
        {
            foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length >= 2 && word.AsSpan(0, 2).Equals(part.AsSpan(0, 2), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
