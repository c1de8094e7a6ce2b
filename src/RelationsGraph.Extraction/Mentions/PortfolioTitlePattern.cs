namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Titles of ministries the knowledge base does not list, by their shape: up to four capitalised words (one word, "and"
/// and more where a portfolio has two, unless the word before "and" ends a name) before "Minister" and a name: "Local
/// Government Development Minister Nga Kor Ming", "Tourism Minister Tomas Halloran", "Energy and Natural Resources
/// Minister Alparslan Bayraktar". The title is written as the text has it, so <see cref="PersonPattern"/> finds the
/// person after it.
/// </summary>
/// <remarks>
/// Runs after the gazetteers: a word another mention holds ("Indonesian Tourism Minister": the demonym) ends the walk
/// back, so the title never takes in a country, and a title the knowledge base has ("Foreign Minister") is left as it
/// found it. A topic of the lexicon written in capitals right before "Minister" is the portfolio ("Science and
/// Technology Minister Paula Bogantes"), and no topic.
/// </remarks>
internal static class PortfolioTitlePattern
{
    /// <summary>The most capitalised words before "Minister".</summary>
    private const int MaxPortfolioWords = 4;

    public static void Find(AnalyzedSentence s)
    {
        for (var k = 1; k + 1 < s.Tokens.Count; k++)
        {
            if (!s.IsCapitalized(k) || !s.Is(k, "Minister") || !s.IsCapitalized(k + 1))
            {
                continue;
            }

            var first = k;
            var words = 0;
            var portfolio = PortfolioTopic(s, k);
            for (var j = k - 1; j >= 0 && words < MaxPortfolioWords; j--)
            {
                if (portfolio is not null && s.Tokens[j].Start >= portfolio.Start)
                {
                    first = j; // "Science and Technology Minister": the lexicon's topic, capitalised, is the portfolio
                    words += s.IsCapitalized(j) ? 1 : 0;
                }
                else if (s.IsCapitalized(j) && !s.OverlapsAny(s.Tokens[j].Start, s.Tokens[j].End) && !Words.Determiners.Contains(s.Word(j))
                    && !Words.Prepositions.Contains(s.Word(j)) && !s.IsAny(j, "former", "then", "new"))
                {
                    first = j;
                    words++;
                }
                else if (!(s.Is(j, "and") && first == j + 1 && s.IsCapitalized(j - 1) && !s.IsCapitalized(j - 2)))
                {
                    // "Energy and Natural Resources Minister"; but not "Ishaq Dar and Planning Minister Ahsan Iqbal", where
                    // the word before "and" ends a name.
                    break;
                }
            }

            if (first == k)
            {
                continue;
            }

            if (portfolio is not null && s.Tokens[first].Start <= portfolio.Start)
            {
                s.Remove(portfolio);
            }

            var title = s.Create(MentionKind.Title, s.Tokens[first].Start, s.Tokens[k].End);
            title.Title = title.Text;
            s.Add(title);
        }
    }

    /// <summary>
    /// The lexicon's topic that ends just before "Minister" at token <paramref name="minister"/>, written in capitalised
    /// words ("Science and Technology", "Human Rights"): the ministry's portfolio; null when there is none.
    /// </summary>
    private static Mention? PortfolioTopic(AnalyzedSentence s, int minister)
    {
        if (s.MentionCovering(minister - 1, MentionKind.Topic) is not { } topic || topic.End != s.Tokens[minister - 1].End)
        {
            return null;
        }

        for (var j = s.TokenAt(topic.Start); j < minister; j++)
        {
            if (!s.IsCapitalized(j) && !s.Is(j, "and"))
            {
                return null;
            }
        }

        return topic;
    }
}
