namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Titles "Minister of &lt;portfolio&gt;" or "Minister for &lt;portfolio&gt;" before a name, where the knowledge base does
/// not list the title or lists only its first portfolio: "Minister of Trade Omer Bolat", "Minister of Energy and Natural
/// Resources Alparslan Bayraktar", "Minister of Foreign Affairs and Expatriates Riyad al-Malki", "Minister of Culture,
/// Mrs. Rachida Dati", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. Nasser Bourita",
/// "the Minister for Foreign Affairs and East African Cooperation, Dr Stergomena Tax". The title is written as the text
/// has it (a listed title keeps its own name), so that <see cref="PersonPattern"/> finds the person after it.
/// </summary>
/// <remarks>
/// Where the portfolio ends and the name starts is told by the words of portfolios: capitalised words of ministries'
/// names ("Natural", "Resources"), joined by "and", "of", "for" or commas, and a demonym before one ("Moroccan
/// Expatriates"). The first capitalised word that is none of those starts the name, which must follow right after, or
/// after a comma and a style ("Mr.", "Mrs."). Runs after the gazetteers and <see cref="PortfolioTitlePattern"/>.
/// </remarks>
internal static class MinistryTitlePattern
{
    /// <summary>The most tokens from "Minister" to the portfolio's end.</summary>
    private const int MaxTitleTokens = 14;

    private static readonly HashSet<string> PortfolioWords = new(StringComparer.Ordinal)
    {
        "Affairs", "Foreign", "International", "Cooperation", "Relations", "Expatriates", "Diaspora", "Overseas", "Integration",
        "Trade", "Commerce", "Industry", "Industries", "Enterprise", "Enterprises", "Investment", "Economy", "Economic", "Finance",
        "Financial", "Treasury", "Budget", "Revenue", "Planning", "Development", "Sustainable", "Coordination", "Energy", "Natural",
        "Resources", "Mines", "Mining", "Oil", "Gas", "Petroleum", "Power", "Electricity", "Water", "Environment", "Climate",
        "Agriculture", "Rural", "Fisheries", "Forestry", "Higher", "Education", "Scientific", "Research", "University",
        "Universities", "Science", "Technology", "Innovation", "Digital", "Information", "Communications", "Media", "Culture",
        "Heritage", "Tourism", "Sport", "Sports", "Youth", "Health", "Social", "Welfare", "Family", "Women", "Labour", "Labor",
        "Employment", "Housing", "Urban", "Public", "Works", "Infrastructure", "Transport", "Transportation", "Maritime",
        "Aviation", "Interior", "Home", "Justice", "Defence", "Defense", "National", "Security", "State", "Territorial",
        "Administration", "Local", "Government", "Regional", "European", "African", "Asian", "Arab", "Francophonie", "Commonwealth",
        "Migration", "East", "West", "Southern", "Northern", "Pacific", "Gulf", "Broadcasting", "Telecommunications", "Railways",
        "Shipping", "Ports", "Food", "Textiles", "Skills", "Entrepreneurship", "Parliamentary", "Manpower", "Sustainability",
        "Community", "Law",
    };

    public static void Find(AnalyzedSentence s)
    {
        for (var k = 0; k + 3 < s.Tokens.Count; k++)
        {
            if (s.Word(k) != "Minister" || !s.IsAny(k + 1, "of", "for"))
            {
                continue;
            }

            var first = s.Is(k + 2, "the") ? k + 3 : k + 2;
            var end = PortfolioEnd(s, first, k + MaxTitleTokens);
            if (end == first || !NameFollows(s, end))
            {
                continue;
            }

            var start = s.Tokens[k].Start;
            var stop = s.Tokens[end - 1].End;
            var listed = s.MentionStartingAt(k, MentionKind.Title);
            if (listed is not null && listed.End >= stop)
            {
                continue; // the knowledge base's title covers the whole portfolio
            }

            RemoveWithinTitle(s, listed, start, stop);
            var title = s.Create(MentionKind.Title, start, stop);
            title.Title = listed?.Title ?? title.Text;
            s.Add(title);
            k = end - 1;
        }
    }

    /// <summary>
    /// Removes the knowledge base's shorter title and what the portfolio's words were found as: they are the title's, not
    /// topics or places ("Minister of Energy", "Minister of Culture").
    /// </summary>
    /// <remarks>Its own method, so that the lambda's closure is made only here, not on every token <see cref="Find"/> visits.</remarks>
    private static void RemoveWithinTitle(AnalyzedSentence s, Mention? listed, int start, int stop) =>
        s.RemoveAll(m => m == listed || (m.Start >= start && m.End <= stop && m.Kind is MentionKind.Topic or MentionKind.Demonym or MentionKind.Organization));

    /// <summary>The token just past the portfolio that starts at <paramref name="first"/> (first itself when there is none).</summary>
    private static int PortfolioEnd(AnalyzedSentence s, int first, int limit)
    {
        var end = first;
        var k = first;
        while (k < s.Tokens.Count && k < limit)
        {
            if (IsPortfolioWord(s, k))
            {
                end = ++k;
            }
            else if (k > first && s.IsAny(k, "and", "of", "for", ",", "the") && IsPortfolioWord(s, s.Is(k + 1, "the") ? k + 2 : k + 1))
            {
                k++; // "Energy and Natural Resources", "Foreign Affairs, African Cooperation", "State for Foreign Affairs"
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>A capitalised word of a ministry's name, or a demonym before one ("Moroccan Expatriates", "African Cooperation").</summary>
    private static bool IsPortfolioWord(AnalyzedSentence s, int k) =>
        k < s.Tokens.Count && s.IsCapitalized(k)
        && (PortfolioWords.Contains(s.Word(k)) || (s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Demonym) && k + 1 < s.Tokens.Count && PortfolioWords.Contains(s.Word(k + 1))));

    /// <summary>Whether a name follows the portfolio, right after it or after a comma, with a style or not ("Mr. Nasser Bourita").</summary>
    private static bool NameFollows(AnalyzedSentence s, int k)
    {
        if (s.Word(k) == ",")
        {
            k++;
        }

        while (k < s.Tokens.Count && Words.IsStyle(s, k))
        {
            k++;
        }

        return k + 1 < s.Tokens.Count && s.IsCapitalized(k) && (PersonPattern.NameEnd(s, k) - k >= 2 || s.MentionStartingAt(k, MentionKind.Leader) is not null)
            && !s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Country, MentionKind.Capital, MentionKind.Place, MentionKind.Organization);
    }
}
