namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Reads the title and country written around a leader's name and records them on the leader mention, with
/// the whole phrase as <see cref="Mention.PhraseStart"/>..<see cref="Mention.PhraseEnd"/>:
/// "[then] (Chinese|China's|the U.S.) President [Mr.] Xi Jinping", "President of the Republic of Korea (ROK)
/// Yoon Suk-yeol", "The President of Cuba, Miguel Diaz-Canel,", "Prime Minister of the Republic of India Narendra Modi", "General Secretary of the CPV Central
/// Committee Nguyen Phu Trong", "his US counterpart Joe Biden" (a counterpart
/// the knowledge base lacks takes the title of the leader before), and the apposition "Mr. KISHIDA Fumio, Prime Minister of Japan".
/// </summary>
internal static class TitleLinker
{
    /// <summary>Whether a title mention ends at token <paramref name="k"/>.</summary>
    private static bool TitleEndingAt(AnalyzedSentence s, int k) =>
        k >= 0 && s.MentionCovering(k, MentionKind.Title) is { } title && title.End == s.Tokens[k].End;

    public static void Link(AnalyzedSentence s)
    {
        foreach (var leader in s.MentionSpanOf(MentionKind.Leader))
        {
            var first = s.TokenAt(leader.Start);
            var j = first - 1;
            while (j >= 0 && (Words.IsStyle(s, j) || Words.IsInitial(s, j)))
            {
                j--;
            }

            if (j >= 0 && s.Word(j) == ")" && s.Word(j - 2) == "(" && s.Tokens[j - 1].Kind == TokenKind.Word && TitleOfCountry(s, leader, j - 3))
            {
                continue;
            }

            if (j >= 0 && (TitleOfCountry(s, leader, j) || TitleOfOrganization(s, leader, j)))
            {
                continue;
            }

            if (j >= 1 && s.Word(j) == "," && PersonPattern.ClosesSetOffName(s, s.TokenAt(leader.End)) && TitleOfCountry(s, leader, j - 1))
            {
                continue; // "The President of Cuba, Miguel Diaz-Canel, and ...": the name set off by commas
            }

            if (j >= 1 && s.Word(j) == "," && (Words.IsCounterpart(s, j - 1) || (TitleEndingAt(s, j - 1) && PersonPattern.ClosesSetOffName(s, s.TokenAt(leader.End)))))
            {
                j--; // "his Japanese counterpart, Fumio Kishida,", "China's commerce minister, Wang Wentao.": the name set off by commas
            }

            if (j >= 0 && Words.IsCounterpart(s, j))
            {
                LinkCountry(s, leader, j - 1, s.Tokens[j].Start);
                if (leader.Candidates.Count == 0)
                {
                    // "Transport Minister S. Iswaran and his Indonesian counterpart Budi Karya Sumadi": a person the
                    // knowledge base lacks holds the office of the leader he is the counterpart of.
                    leader.Title ??= TitleBefore(s, leader);
                }

                continue;
            }

            var title = j >= 0 ? s.MentionCovering(j, MentionKind.Title) : null;
            if (title is not null && title.End == s.Tokens[j].End)
            {
                leader.Title = title.Title;
                leader.PhraseStart = title.Start;
                var before = s.TokenAt(title.Start) - 1;
                if (s.Is(before, "and") && TitleEndingAt(s, before - 1))
                {
                    // "Singapore's Deputy Prime Minister and Minister for Trade and Industry Gan Kim Yong": two offices of
                    // one person, the country before the first.
                    var office = s.MentionCovering(before - 1, MentionKind.Title)!;
                    leader.PhraseStart = office.Start;
                    before = s.TokenAt(office.Start) - 1;
                }
                if (s.Word(before) == "," && Words.IsCounterpart(s, before - 1))
                {
                    // "with his French counterpart, President Emmanuel Macron, at the Elysee": the counterpart set off with its title
                    LinkCountry(s, leader, before - 2, s.Tokens[before - 1].Start);
                }
                else
                {
                    LinkCountry(s, leader, before, title.Start);
                }
            }

            Apposition(s, leader);
        }

        SharedPluralTitles(s);
    }

    /// <summary>"Presidents Joe Biden and Xi Jinping", "then-Prime Ministers Shinzo Abe and John Howard": the second name takes the plural title too.</summary>
    private static void SharedPluralTitles(AnalyzedSentence s)
    {
        Mention? previous = null;
        foreach (var leader in s.MentionSpanOf(MentionKind.Leader))
        {
            if (leader.Title is null && previous?.Title is { } title && s.TokenAt(leader.Start) == s.TokenAt(previous.End) + 1 && s.Is(s.TokenAt(previous.End), "and")
                && s.MentionCovering(s.TokenAt(previous.PhraseStart), MentionKind.Title) is { } plural && plural.Text.EndsWith('s') && !title.EndsWith('s'))
            {
                leader.Title = title;
            }

            previous = leader;
        }
    }

    /// <summary>The title of the last leader before <paramref name="leader"/> (or a role) in the sentence that has one.</summary>
    public static string? TitleBefore(AnalyzedSentence s, Mention leader)
    {
        string? title = null;
        foreach (var other in s.MentionSpan)
        {
            if (other.Kind == MentionKind.Leader && other.End <= leader.Start && other.Title is not null)
            {
                title = other.Title;
            }
        }

        return title;
    }

    /// <summary>"[then] Chinese", "China's" or "the U.S." just before <paramref name="j"/>+1; sets the country and widens the phrase.</summary>
    private static void LinkCountry(AnalyzedSentence s, Mention leader, int j, int fallbackStart)
    {
        var possessive = j >= 0 && s.Tokens[j].Kind == TokenKind.Possessive;
        var k = possessive ? j - 1 : j;
        var country = k >= 0 ? s.MentionCovering(k, MentionKind.Demonym, MentionKind.Country, MentionKind.Capital) : null;
        if (country is not null && country.End == s.Tokens[k].End && country.Candidates.Count == 1)
        {
            leader.CountryId = country.Candidates[0];
            leader.PhraseStart = country.Start;
            var before = s.TokenAt(country.Start) - 1;
            if (s.Is(before, "then") || (country.Kind == MentionKind.Country && s.Is(before, "the")))
            {
                leader.PhraseStart = s.Tokens[before].Start;
            }
        }
        else
        {
            leader.PhraseStart = Math.Min(leader.PhraseStart, fallbackStart);
            if (s.Is(j, "then"))
            {
                leader.PhraseStart = s.Tokens[j].Start;
            }
        }
    }

    /// <summary>"Title of [the] Country [(ACR)] Name" (or "Ambassador to Country Name"), the country ending at token <paramref name="countryEnd"/>.</summary>
    private static bool TitleOfCountry(AnalyzedSentence s, Mention leader, int countryEnd)
    {
        var country = s.MentionCovering(countryEnd, MentionKind.Country);
        if (country is null || country.Candidates.Count != 1 || country.End != s.Tokens[countryEnd].End)
        {
            return false;
        }

        var k = s.TokenAt(country.Start) - 1;
        if (s.Is(k, "the"))
        {
            k--;
        }

        var title = s.IsAny(k, "of", "to") ? s.MentionCovering(k - 1, MentionKind.Title) : null;
        if (title is null)
        {
            return false;
        }

        leader.Title = title.Title;
        leader.PhraseStart = title.Start;
        if (s.Is(k, "to"))
        {
            // "Chinese Ambassador to South Korea Xing Haiming": the country he is sent to is not his; the words before say whose he is.
            LinkCountry(s, leader, s.TokenAt(title.Start) - 1, title.Start);
        }
        else
        {
            leader.CountryId = country.Candidates[0];
        }

        return true;
    }

    /// <summary>
    /// "Title of [the] Organization [(ACR)] [Central Committee] Name", the phrase ending at token <paramref name="end"/>:
    /// "General Secretary of the Communist Party of Viet Nam (CPV) Central Committee Nguyen Phu Trong",
    /// "Chairman of the Central Military Commission Xi Jinping". The organization is a run of capitalized words (the
    /// organization pattern runs later, and the knowledge base need not know it); one that ends in "of [the] &lt;country&gt;"
    /// names the leader's country ("Chairman of the State Committee for National Security of the Kyrgyz Republic").
    /// </summary>
    private static bool TitleOfOrganization(AnalyzedSentence s, Mention leader, int end)
    {
        var k = end;
        if (s.Is(k, "Committee") && s.Is(k - 1, "Central"))
        {
            k -= 2;
        }

        if (k >= 3 && s.Word(k) == ")" && s.Word(k - 2) == "(")
        {
            k -= 3;
        }

        for (var i = k; i >= 1 && i > k - MaxOrganizationTokens; i--)
        {
            if (i < k && s.Is(i, "of") && TitleEndingAt(s, i - 1))
            {
                var title = s.MentionCovering(i - 1, MentionKind.Title)!;
                leader.Title = title.Title;
                leader.PhraseStart = title.Start;
                leader.CountryId ??= CountryEndingAt(s, k);
                return true;
            }

            if (!(s.IsCapitalized(i) || s.IsAny(i, "of", "the", "and", "for", "on")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The most tokens of an organization between a title's "of" and a name ("the State Committee for National Security of the Kyrgyz Republic").</summary>
    private const int MaxOrganizationTokens = 12;

    /// <summary>
    /// The country of an organization whose name ends in "of [the] &lt;country&gt;" at token <paramref name="end"/>: "the State
    /// Committee for National Security of the Kyrgyz Republic" is Kyrgyzstan's; null for another name.
    /// </summary>
    private static string? CountryEndingAt(AnalyzedSentence s, int end)
    {
        if (s.MentionCovering(end, MentionKind.Country) is not { Candidates: [var id] } country || country.End != s.Tokens[end].End)
        {
            return null;
        }

        var k = s.TokenAt(country.Start) - 1;
        return s.Is(s.Is(k, "the") ? k - 1 : k, "of") ? id : null;
    }

    /// <summary>"Name, [the] Title of [the] Country", with no other name after it.</summary>
    private static void Apposition(AnalyzedSentence s, Mention leader)
    {
        var k = s.TokenAt(leader.End);
        if (s.Word(k) != ",")
        {
            return;
        }

        k++;
        if (s.Is(k, "the"))
        {
            k++;
        }

        var title = s.MentionStartingAt(k, MentionKind.Title);
        if (title is null)
        {
            return;
        }

        k = s.TokenAt(title.End);
        if (!s.Is(k, "of"))
        {
            return;
        }

        k++;
        if (s.Is(k, "the"))
        {
            k++;
        }

        // "Along with Japarov, President of Kazakhstan Kassym-Jomart Tokayev ...": the title is the next name's.
        var country = s.MentionStartingAt(k, MentionKind.Country);
        if (country is { Candidates.Count: 1 } && s.MentionStartingAt(s.TokenAt(country.End), MentionKind.Leader) is null)
        {
            leader.Title ??= title.Title;
            leader.CountryId ??= country.Candidates[0];
            leader.PhraseEnd = country.End;
        }
    }
}
