namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// How far a document's title runs past its noun ("the Joint Declaration on ... in the New Era"), for
/// <see cref="DocumentPattern"/>: capitalised words, the lower-case words a title keeps between them, possessives
/// inside a name and the commas of a list of capitalised items; and whether a run is an office's name instead.
/// </summary>
internal static class DocumentTitleRun
{
    /// <summary>
    /// The longest run of tokens after a document's noun that its title may take: "Joint Declaration of the Kyrgyz
    /// Republic and the People's Republic of China on Establishing a Comprehensive Strategic Partnership in the New Era".
    /// </summary>
    private const int MaxTitleTokens = 26;

    /// <summary>
    /// The last token of a title-case name that goes on after its document noun at <paramref name="noun"/>: "Joint
    /// Declaration on Security Cooperation", "Declaration on Strategic Partnership between the Republic of India and
    /// the Russian Federation", "Treaty on the Non-Proliferation of Nuclear Weapons", "Comprehensive and Progressive
    /// Agreement for Trans-Pacific Partnership" ("for" only before a capitalised word); <paramref name="noun"/> when
    /// none does ("the Joint Statement on Tuesday", "the Joint Statement on trade"). "of" does not start one: "the
    /// Treaty of Peace and Friendship" is a name the knowledge base resolves from its context. A possessive between
    /// two capitalized words goes on with it ("the People's Republic of China").
    /// </summary>
    public static int End(AnalyzedSentence s, int noun)
    {
        // "Agreement for Trans-Pacific Partnership", "the Treaty of Transit"
        var titleFor = s.IsAny(noun + 1, "for", "of") && s.IsCapitalized(s.Is(noun + 2, "the") ? noun + 3 : noun + 2);
        if (!titleFor && !s.IsAny(noun + 1, "on", "concerning", "regarding", "between"))
        {
            return noun;
        }

        var end = noun;
        for (var j = noun + 1; j < s.Tokens.Count && j - noun <= MaxTitleTokens; j++)
        {
            if (s.IsCapitalized(j) && s.Tokens[j].Kind == TokenKind.Word && !Words.Weekdays.Contains(s.Word(j)) && !Words.Months.Contains(s.Word(j)))
            {
                end = j;
            }
            else if (s.Tokens[j].Kind == TokenKind.Possessive && s.IsCapitalized(j - 1) && s.IsCapitalized(j + 1))
            {
                continue; // "the Government of the People's Republic of China"
            }
            else if (s.Word(j) == "," && IsListInTitle(s, j))
            {
                continue; // "the Treaty on Good-Neighborliness, Friendship and Cooperation"
            }
            else if (!s.IsAny(j, "on", "concerning", "regarding", "between", "for", "of", "the", "and", "in", "to", "a", "an", "with"))
            {
                break; // "on Establishing a Comprehensive Strategic Partnership in the New Era" goes on past "a"
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> parts the capitalised items of a list inside a title: one to three
    /// capitalised words after it, then another comma or "and" before a capitalised word ("Good-Neighborliness,
    /// Friendship and Cooperation"); not a comma that ends the title ("the Agreement on Trade, China said").
    /// </summary>
    private static bool IsListInTitle(AnalyzedSentence s, int comma)
    {
        var k = comma + 1;
        var words = 0;
        while (words < 3 && s.IsCapitalized(k) && s.Tokens[k].Kind == TokenKind.Word)
        {
            k++;
            words++;
        }

        return words > 0 && (s.Word(k) == "," || s.Is(k, "and")) && s.IsCapitalized(k + 1);
    }

    /// <summary>Nouns of an office whose name goes on with what it is for: "Special Adviser on Information and Strategy".</summary>
    private static readonly string[] OfficeNouns = ["Adviser", "Advisor", "Envoy", "Commissioner", "Representative", "Secretary", "Minister", "Ambassador"];

    /// <summary>
    /// Whether an office noun before "on" or "for" stands in the run of capitalised words from <paramref name="first"/>
    /// to the document noun at <paramref name="head"/>.
    /// </summary>
    public static bool IsOfficeName(AnalyzedSentence s, int first, int head)
    {
        for (var k = first; k < head; k++)
        {
            if (s.IsAny(k + 1, "on", "for") && s.IsAny(k, OfficeNouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a document's kind with no name in it: "Joint Declaration of Intent", "Memorandum of Understanding".</summary>
    private static readonly HashSet<string> KindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "joint", "bilateral", "statement", "declaration", "memorandum", "agreement", "protocol", "of", "understanding",
        "cooperation", "intent",
    };

    /// <summary>
    /// Whether the capitalised words from token <paramref name="first"/> to the document noun at <paramref name="noun"/>
    /// name only a kind of document, after "a" or "an" and before a lower-case subject: "a Memorandum of Understanding on
    /// cooperation in renewable energy", "a Joint Declaration of Intent on cooperation in the field of animal husbandry".
    /// Sources capitalise the kind in lists of what was signed; the document is an unnamed one, told apart by its subject
    /// (see <see cref="DocumentSubject"/>), not one named "Memorandum of Understanding".
    /// </summary>
    public static bool IsKindWithSubject(AnalyzedSentence s, int first, int noun)
    {
        if (!s.IsAny(first - 1, "a", "an"))
        {
            return false;
        }

        var last = s.Is(noun + 1, "of") && s.IsAny(noun + 2, "understanding", "cooperation", "intent") ? noun + 2 : noun;
        for (var k = first; k <= last; k++)
        {
            if (!KindWords.Contains(s.Word(k)))
            {
                return false;
            }
        }

        return s.IsAny(last + 1, "on", "for") && DocumentSubject.End(s, last) > last; // "a Joint Statement outlining ..." keeps its name
    }
}
