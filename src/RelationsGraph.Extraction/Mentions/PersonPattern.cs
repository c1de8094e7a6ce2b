using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds people the knowledge base does not know, by the company their names keep: after a capitalised title ("Treasury
/// Secretary Janet Yellen", "President of Ukraine Volodymyr Zelensky") or a title after a demonym ("former Australian
/// prime minister Gough Whitlam"), an honorific ("Mr. KISHIDA Fumio") or "counterpart"; or before ", then" or ",
/// former" and a title set off by commas ("Jacinda Ardern, then prime minister,"), or ", the" and an office ("Zhao
/// Leji, the chairman of the Standing Committee"), or before "became" and an office ("Gough Whitlam became the first
/// Australian prime minister"). A name is two to four capitalised words (particles such as "bin" and a final "Jr."
/// allowed) that are not already a mention, do not run into a known leader's surname ("President Joseph R. Biden" is
/// Joe Biden) and do not end in the noun of a venue or an institution ("King Khalid International Airport").
/// </summary>
internal static class PersonPattern
{
    public static void Find(AnalyzedSentence s, KnowledgeBase knowledgeBase)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var title = s.MentionStartingAt(i, MentionKind.Title);
            var comma = title is not null && s.Word(i - 1) == "," && s.Is(s.TokenAt(title.End), "of") ? i - 1 : i - 2;
            if (title is not null && ((s.IsAny(i - 1, "then", "former") && ClosesSetOffName(s, s.TokenAt(title.End))) || TitleOfAfterName(s, i, title) || comma == i - 1)
                && s.Word(comma) == "," && NameBefore(s, comma) is { } before && !PlaceName(s, comma))
            {
                // "when Jacinda Ardern, then prime minister, met Xi": the name set off before its past title; "Zhao Leji,
                // the chairman of the Standing Committee" or "Zhao Leji, chairman of the Standing Committee": before its office.
                var (first, last) = (s.Tokens[before].Start, s.Tokens[comma - 1].End);
                var name = s.Slice(first, last);
                s.Add(new Mention(MentionKind.Leader, s.Index, first, last, name) { Name = name, Title = title.Title, PhraseEnd = title.End });
                continue;
            }

            if (title is not null && BecameTitle(s, i) is { } verb && NameBefore(s, verb) is { } subject)
            {
                // "shortly after Gough Whitlam became prime minister", "since Gough Whitlam became the first Australian prime
                // minister to visit China": the name before the office it took.
                var (first, last) = (s.Tokens[subject].Start, s.Tokens[verb - 1].End);
                var name = s.Slice(first, last);
                s.Add(new Mention(MentionKind.Leader, s.Index, first, last, name) { Name = name, Title = title.Title });
                continue;
            }

            if (title is not null && InFathersStyle(s, i))
            {
                continue; // "Hassanal Bolkiah ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien": his late father's style
            }

            int nameStart;
            if (title is not null && (char.IsUpper(title.Text[0]) || AfterDemonym(s, i) || LowerCaseStyle(s, i, title) || SetOffAfterCountrys(s, i, title)))
            {
                nameStart = s.TokenAt(title.End);
                if (char.IsUpper(title.Text[0]) && AfterTitleOfCountry(s, nameStart) is { } named)
                {
                    // "President of Ukraine Volodymyr Zelensky"; "The President of Cuba, Miguel Diaz-Canel, and ...": set off by commas
                    nameStart = s.Word(named) == "," && SetOffName(s, named + 1) ? named + 1 : named;
                }
                else if (s.Word(nameStart) == "," && SetOffName(s, nameStart + 1))
                {
                    nameStart++; // "China's commerce minister, Wang Wentao.": the name set off by commas
                }
            }
            else if (Words.Honorifics.Contains(s.Word(i)) || Words.IsCounterpart(s, i))
            {
                nameStart = Words.IsCounterpart(s, i) && s.Word(i + 1) == "," && SetOffName(s, i + 2) ? i + 2 : i + 1; // "his Turkish counterpart, Hakan Fidan,"
            }
            else
            {
                continue;
            }

            var styled = -1;
            while (nameStart < s.Tokens.Count && Words.IsStyle(s, nameStart))
            {
                styled = Words.Styles.Contains(s.Word(nameStart)) ? nameStart : styled;
                nameStart++;
            }

            var end = NameEnd(s, nameStart);
            if (end == nameStart && (styled == nameStart - 1 || (title is not null && char.IsUpper(title.Text[0]))) && GivenNameAsPlace(s, nameStart) is { } place)
            {
                // "Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah": after a style, a word the lexicon holds as a place
                // ("Sabah") opens the name; so after a capitalised title ("Foreign Minister Santiago Cafiero").
                end = NameEnd(s, nameStart + 1);
                if (end > nameStart + 1)
                {
                    s.Remove(place);
                }
                else
                {
                    end = nameStart;
                }
            }

            if (end - nameStart == 1 && styled == nameStart - 1)
            {
                nameStart = styled; // "counterpart Sheikh Hasina": one word after a style is a name with its style
            }

            // "President Joseph R. Biden": given names before a known surname are that leader's, not a new person's; "Minister
            // Nguyen Chi Dung" is not Nguyen Tan Dung (known as "Dung"), and his name runs on to take it.
            var surname = s.MentionStartingAt(end, MentionKind.Leader);
            var knownSurname = surname is { NodeId: not null };
            if (surname is not null && end > nameStart && KnownSurname.EndsAnothersName(knowledgeBase, s, nameStart, end, surname))
            {
                (knownSurname, end) = (false, s.TokenAt(surname.End));
            }

            // "King Khalid International Airport", "President Sukarno Hall": a title in a place's or a body's name.
            if (end - nameStart >= 2 && !knownSurname && !PlaceName(s, end))
            {
                var start = s.Tokens[nameStart].Start;
                var stop = s.Tokens[end - 1].End;
                var name = s.Slice(start, stop);
                s.RemoveAll(m => m.Kind == MentionKind.Leader && m.Start >= start && m.End <= stop); // "Nasser" of "Nasser Bourita" is not Gamal Abdel Nasser
                s.Add(new Mention(MentionKind.Leader, s.Index, start, stop, name) { Name = name });
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// Whether the title at token <paramref name="i"/> opens a father's style inside a longer name: after "ibni", "bin",
    /// "bint" or "ibn", with "Al-Marhum" (the late) between ("Sultan Haji Hassanal Bolkiah ibni Al-Marhum Sultan Haji
    /// Omar 'Ali Saifuddien"). The name is the son's; his father takes no part in the story's events.
    /// </summary>
    private static bool InFathersStyle(AnalyzedSentence s, int i)
    {
        var k = i - 1;
        if (s.IsAny(k, "Al-Marhum", "Almarhum", "Marhum"))
        {
            k = s.IsAny(k - 1, "-") && s.IsAny(k - 2, "Al") ? k - 3 : k - 1;
        }

        return s.IsAny(k, "ibni", "bin", "bint", "binti", "ibn");
    }

    /// <summary>The place or capital mention of the one word at token <paramref name="k"/> (not a country's), or null.</summary>
    private static Mention? GivenNameAsPlace(AnalyzedSentence s, int k) =>
        s.MentionStartingAt(k, MentionKind.Place, MentionKind.Capital) is { } place && s.TokenAt(place.End) == k + 1 ? place : null;

    /// <summary>
    /// Whether the capitalised words that end before token <paramref name="end"/> name a place or a body, not a person:
    /// "King Khalid International Airport" and "President Sukarno Hall" hold a title, and "received, on Wednesday at
    /// Carthage Palace, Prime Minister of the Italian Republic Giorgia Meloni" sets a venue off before a title.
    /// </summary>
    private static bool PlaceName(AnalyzedSentence s, int end) =>
        end > 0 && (VenuePattern.IsVenueNoun(s.Word(end - 1)) || OrganizationPattern.IsHead(s.Word(end - 1)));

    /// <summary>
    /// Titles that outlets writing them in lower case still put before a name: one of several words ("hosted by vice
    /// president Kamala Harris and secretary of state Antony Blinken"), or any after "former" or "then"; not after an
    /// article or a describing word ("the new prime minister ..."), where the words may be anyone's description.
    /// </summary>
    private static bool LowerCaseStyle(AnalyzedSentence s, int i, Mention title) =>
        s.IsAny(i - 1, "former", "then")
        || (title.Text.Contains(' ', StringComparison.Ordinal) && !s.IsAny(i - 1, "the", "a", "an", "new", "its", "their", "his", "her"));

    /// <summary>
    /// The token after "of [the] &lt;country&gt; [(ACRONYM)]" (or "to", of an envoy) starting at token <paramref name="of"/>,
    /// where a readout puts the name: "President of Ukraine Volodymyr Zelensky", "Ambassador to South Korea Xing Haiming"; or null.
    /// </summary>
    private static int? AfterTitleOfCountry(AnalyzedSentence s, int of)
    {
        if (!s.IsAny(of, "of", "to"))
        {
            return null; // "President of Ukraine Volodymyr Zelensky", "Chinese Ambassador to South Korea Xing Haiming"
        }

        var country = CountryAfter(s, of) ?? CountryOfBody(s, of);
        if (country is null)
        {
            return null;
        }

        var next = s.TokenAt(country.End);
        return s.Word(next) == "(" && s.Word(next + 2) == ")" ? next + 3 : next;
    }

    /// <summary>The country named right after token <paramref name="of"/>, past a "the": "of the Kyrgyz Republic", "to South Korea"; or null.</summary>
    private static Mention? CountryAfter(AnalyzedSentence s, int of) => s.MentionStartingAt(s.Is(of + 1, "the") ? of + 2 : of + 1, MentionKind.Country);

    /// <summary>The most words of a body's name between a title's "of" and the body's country.</summary>
    private const int MaxBodyWords = 10;

    /// <summary>
    /// The country after a body's name that follows the "of" at token <paramref name="of"/>: "Chairman of the State Committee
    /// for National Security of the Kyrgyz Republic Kamchybek Tashiev" (capitalised words, joined by "for", "of", "on",
    /// "and" or "the", then "of [the]" and the country); or null.
    /// </summary>
    private static Mention? CountryOfBody(AnalyzedSentence s, int of)
    {
        var k = s.Is(of + 1, "the") ? of + 2 : of + 1;
        if (!s.IsCapitalized(k))
        {
            return null;
        }

        for (var start = k; k < s.Tokens.Count && k - start < MaxBodyWords; k++)
        {
            if (s.Is(k, "of") && k > start && CountryAfter(s, k) is { } country)
            {
                return country;
            }

            if (!s.IsCapitalized(k) && !s.IsAny(k, "for", "of", "on", "and", "the"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The first token of a name of two words or more that ends just before the comma at <paramref name="comma"/>, or null.</summary>
    private static int? NameBefore(AnalyzedSentence s, int comma)
    {
        for (var start = comma - 2; start >= 0 && comma - start <= 4; start--)
        {
            if (NameEnd(s, start) == comma && (start == 0 || !s.IsCapitalized(start - 1) || start == s.FirstBodyToken))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>
    /// The token of "became" or "becomes" before the title at token <paramref name="i"/>, past "the", an ordinal and a
    /// demonym ("became the first Australian prime minister"), or null.
    /// </summary>
    private static int? BecameTitle(AnalyzedSentence s, int i)
    {
        var k = i - 1;
        if (AfterDemonym(s, i))
        {
            k = s.TokenAt(s.MentionCovering(i - 1, MentionKind.Demonym)!.Start) - 1;
        }

        if (Words.IsOrdinal(s.Word(k), out _))
        {
            k--;
        }

        if (s.Is(k, "the"))
        {
            k--;
        }

        return s.IsAny(k, "became", "becomes") ? k : null;
    }

    /// <summary>Whether the title at token <paramref name="i"/> is an office after "the" and before "of": ", the chairman of ...".</summary>
    private static bool TitleOfAfterName(AnalyzedSentence s, int i, Mention title) =>
        s.Is(i - 1, "the") && s.Is(s.TokenAt(title.End), "of");

    /// <summary>Whether a name of two words or more starts at token <paramref name="start"/> and a comma or the sentence's end closes it.</summary>
    private static bool SetOffName(AnalyzedSentence s, int start)
    {
        var end = NameEnd(s, start);
        return end - start >= 2 && ClosesSetOffName(s, end);
    }

    /// <summary>Whether token <paramref name="k"/> closes a name set off after a title: a comma, a semicolon, a full stop or the sentence's end.</summary>
    public static bool ClosesSetOffName(AnalyzedSentence s, int k) => k >= s.Tokens.Count || s.Word(k) is "," or ";" or ".";

    /// <summary>
    /// Whether the title at token <paramref name="i"/> is a country's, with perhaps an ordinal or a word of time, and a name
    /// set off by commas follows it: "Uzbekistan's first president, Islam Karimov, who died in 2016".
    /// </summary>
    private static bool SetOffAfterCountrys(AnalyzedSentence s, int i, Mention title)
    {
        var after = s.TokenAt(title.End);
        if (s.Word(after) != "," || !SetOffName(s, after + 1))
        {
            return false;
        }

        var k = RolePattern.BeforeModifiers(s, i - 1);
        return k > 0 && s.Tokens[k].Kind == TokenKind.Possessive && s.MentionCovering(k - 1, MentionKind.Country) is not null;
    }

    /// <summary>Whether a demonym ends just before token <paramref name="i"/>: "former Australian prime minister Gough Whitlam".</summary>
    private static bool AfterDemonym(AnalyzedSentence s, int i) =>
        i > 0 && s.MentionCovering(i - 1, MentionKind.Demonym) is { } demonym && demonym.End == s.Tokens[i - 1].End;

    /// <summary>The token index just past a name starting at <paramref name="start"/> (start itself when there is none).</summary>
    public static int NameEnd(AnalyzedSentence s, int start)
    {
        var i = start;
        var patronymic = false; // "Mohammed bin Abdulrahman bin Jassim Al Thani": a chain of fathers' names runs longer
        while (i < s.Tokens.Count && i - start < (patronymic ? 8 : 5))
        {
            var word = s.Word(i);
            patronymic |= i > start && s.IsAny(i, "bin", "bint", "ibn");
            if (s.IsCapitalized(i) && (!IsStopWord(word) || IsFamilyNameHe(s, i, start)) && (IsSurnameOfAnother(s, i) || FathersName(s, i, start) || !s.Overlaps(s.Tokens[i].Start, s.Tokens[i].End,
                MentionKind.Country, MentionKind.Demonym, MentionKind.Title, MentionKind.Organization, MentionKind.Document, MentionKind.Leader, MentionKind.Place, MentionKind.Capital)))
            {
                i++;
            }
            else if (i > start && Words.NameParticles.Contains(word) && CapitalizedAfterParticles(s, i + 1))
            {
                i++; // "Ursula von der Leyen", "Alexander Van der Bellen": the particles go on to a capitalised word
            }
            else if (i > start && word.Length > 3 && word.StartsWith("al-", StringComparison.Ordinal) && char.IsUpper(word[3]))
            {
                i++; // "Sheikh Mishal al-Ahmad al-Jaber al-Sabah": a name after the Arabic article
            }
            else if (i > start + 1 && Words.NameSuffixes.Contains(word))
            {
                i++;
                break;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is in a father's name after "bin", "bint" or "ibn" in the name from
    /// <paramref name="start"/>, even one the gazetteer knows as a leader's: "Crown Prince Al Hussein bin Abdullah II" is
    /// the crown prince, his father's name part of his own.
    /// </summary>
    private static bool FathersName(AnalyzedSentence s, int i, int start) =>
        s.MentionCovering(i, MentionKind.Leader) is { } father && s.TokenAt(father.Start) is var first && first > start + 1 && s.IsAny(first - 1, "bin", "bint", "ibn");

    /// <summary>
    /// Whether token <paramref name="i"/> is "He" as a Chinese family name: the first word of a name, before a given name
    /// ("Vice Premier He Lifeng"), not the pronoun.
    /// </summary>
    private static bool IsFamilyNameHe(AnalyzedSentence s, int i, int start) =>
        i == start && s.Word(i) == "He" && s.IsCapitalized(i + 1);

    /// <summary>Whether a capitalised word follows from token <paramref name="k"/> on, after at most one more particle ("der" of "von der Leyen").</summary>
    private static bool CapitalizedAfterParticles(AnalyzedSentence s, int k) =>
        s.IsCapitalized(k) || (Words.NameParticles.Contains(s.Word(k)) && s.IsCapitalized(k + 1));

    /// <summary>
    /// Whether token <paramref name="i"/> is a known leader's one-word name that another capitalised word follows:
    /// "Wang" of "Wang Wentao" is not Wang Yi, and "Park" of "Park Jin" not Park Geun-hye.
    /// </summary>
    private static bool IsSurnameOfAnother(AnalyzedSentence s, int i)
    {
        var known = s.MentionCovering(i, MentionKind.Leader);
        return known is not null && known.Start == s.Tokens[i].Start && known.End == s.Tokens[i].End && s.IsCapitalized(i + 1)
            && !IsStopWord(s.Word(i + 1)) && !s.Overlaps(s.Tokens[i].Start, s.Tokens[i].End, MentionKind.Country, MentionKind.Place, MentionKind.Capital, MentionKind.Title);
    }

    private static bool IsStopWord(string word) =>
        Words.Determiners.Contains(word) || Words.Months.Contains(word) || Words.Weekdays.Contains(word) || Words.Honorifics.Contains(word)
        || HeadlineVerbs.Contains(word)
        || word is "He" or "She" or "They" or "It" or "On" or "In" or "At" or "And" or "But" or "For" or "As" or "After" or "Before" or "While" or "When";

    /// <summary>
    /// Verbs and nouns a title-case headline puts right after a name, never part of one: "Indonesian President Prabowo
    /// Hold Talks" is Prabowo.
    /// </summary>
    private static readonly HashSet<string> HeadlineVerbs = new(StringComparer.Ordinal)
    {
        "Hold", "Holds", "Held", "Talks", "Meet", "Meets", "Met", "Sign", "Signs", "Ink", "Inks", "Agree", "Agrees", "Discuss",
        "Discusses", "Says", "Visit", "Visits", "Vows", "Urges", "Calls", "To", "Welcomes", "Hosts", "Receives",
    };
}
