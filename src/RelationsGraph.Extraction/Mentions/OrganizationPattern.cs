namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Named bodies the knowledge base lacks: a run of capitalised words that ends in a noun of an institution ("the
/// Philippine Congress", "Russian Agricultural Bank", "the Trilateral Cooperation Secretariat", "Japan Self-Defense
/// Forces"), or such a noun followed by "of", "for" or "on" and a capitalised name ("the Supreme Court of Korea", "the
/// Ministry of Foreign Affairs of Japan", "the Indian Council of World Affairs", "the Standing Committee of the National
/// People's Congress", "the State Committee for National Security of the Kyrgyz Republic"). Each becomes a
/// <see cref="MentionKind.Organization"/> mention with its <see cref="Mention.Name"/> set, so the resolver makes an
/// Organization node named as written.
/// </summary>
/// <remarks>
/// <para>
/// A noun alone is no name: "Congress" or "the ministry" needs a capitalised word before it or an "of" phrase after
/// it. Countries, demonyms, capitals and lexicon places may sit inside the name ("Philippine", "of Japan"); a name
/// that overlaps any other mention (a known organization, a leader, a title, a document, an event, a date) is left to
/// it, which keeps "the UN General Assembly" and "the Prime Minister's Office" what they were. A name that goes on
/// in capitalised words ("Qudos Bank Arena", "U.S. Forces Japan") is another kind of name, and one after an ordinal
/// ("the 20th National Congress") is a session, not the body. Offices, forums and
/// departments are not among the nouns: as often as not they name a room or a meeting ("the Oval Office"). An office
/// named with "of" or a possessive where the sentence says where ("talks at the Prime Minister's Office", "back to the
/// Office of the President") is the building, a place, and the body elsewhere ("a release from the Office of the
/// Prime Minister").
/// </para>
/// <para>Runs after the gazetteers and the event and document patterns, over the tokens of one sentence, in linear time.</para>
/// </remarks>
internal static class OrganizationPattern
{
    private const int MaxWords = 7;

    /// <summary>Nouns that end (or, before "of", head) the name of an institution.</summary>
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Council", "Ministry", "Congress", "Parliament", "Bank", "Navy", "Army", "Forces", "Court", "Party", "Secretariat",
        "Directorate", "Agency", "Commission", "Institute", "Foundation", "Association", "Corporation", "Corp", "Corp.", "Company",
        "Authority", "Committee", "Senate", "Taskforce", "Organisation", "Organization", "Bureau", "Guard", "Department",
        "Group", "Limited", "Ltd", "Inc", "Holdings",
    };

    /// <summary>
    /// Nouns that head an institution's name only before an "of" phrase, which may name an office: "the Office of the
    /// President of Ukraine", "the House of Representatives" (not "the Oval Office", "Hyderabad House").
    /// </summary>
    private static readonly HashSet<string> OfHeads = new(StringComparer.Ordinal) { "Office", "House" };

    /// <summary>Whether <paramref name="word"/> is a capitalised noun that ends an institution's name ("Council", "Ministry").</summary>
    public static bool IsHead(string word) => Heads.Contains(word);

    /// <summary>Capitalised words that open a sentence or a phrase without being part of a name.</summary>
    private static readonly HashSet<string> NotName = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "After", "Before", "During", "For", "With", "By", "From", "Under", "This", "That",
        "His", "Her", "Their", "Its", "Both", "When", "While", "As", "But", "And", "Meanwhile", "Earlier", "Later", "Also", "Then",
        "Since", "Last", "Next", "Former", "New",
    };

    /// <summary>Mentions that may lie inside a name: the country or place it belongs to.</summary>
    private static readonly MentionKind[] Inside = [MentionKind.Country, MentionKind.Demonym, MentionKind.Capital, MentionKind.Place];

    /// <summary>Mentions a name may not overlap: all but <see cref="Inside"/>.</summary>
    private static readonly MentionKind[] Blocking = [.. Enum.GetValues<MentionKind>().Where(k => !Inside.Contains(k))];

    /// <summary>What an office's name may not overlap: <see cref="Blocking"/> but the titles it names ("the Office of the President").</summary>
    private static readonly MentionKind[] BlockingButTitles = [.. Blocking.Where(k => k is not (MentionKind.Title or MentionKind.Role))];

    /// <summary>Adds an organization mention for each named institution in <paramref name="s"/>.</summary>
    public static void Find(AnalyzedSentence s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (!s.IsCapitalized(k)) // the case first: it costs no hashing
            {
                continue;
            }

            var ofHead = OfHeads.Contains(s.Word(k));
            if (!ofHead && !Heads.Contains(s.Word(k)))
            {
                continue;
            }

            var first = k;
            while (first > 0 && k - first < MaxWords - 1 && (IsNameWord(s, first - 1) || IsPossessiveInName(s, first - 1) || IsAndInName(s, first - 1)))
            {
                first--;
            }

            var last = OfPhraseEnd(s, k);
            var possessed = first < k - 1 && s.Tokens[k - 1].Kind == TokenKind.Possessive;
            if (ofHead && (possessed ? last != k : !OnlyCountryBefore(s, first, k) || last == k || !s.Is(k + 1, "of")))
            {
                continue; // "the Prime Minister's Office", "the (US) House of Representatives" are one; "the Oval Office (of the White House)" is a room
            }

            if ((first == k && last == k) || IsNameWord(s, last + 1) || IsOrdinal(s, first - 1))
            {
                k = last;
                continue; // "Congress" is a noun, "Qudos Bank Arena" another name, "the 20th National Congress" a meeting
            }

            var start = s.Tokens[first].Start;
            var end = s.Tokens[last].End;
            if (!s.Overlaps(start, end, ofHead ? BlockingButTitles : Blocking) && !IsPlaceName(s, start, end))
            {
                var name = s.Slice(start, end);
                s.Add(s.Is(k, "Office") && IsWhere(s, first)
                    ? new Mention(MentionKind.Place, s.Index, start, end, name) { Candidates = [name] } // as VenuePattern's venues
                    : new Mention(MentionKind.Organization, s.Index, start, end, name) { Name = name });
            }

            k = last;
        }
    }

    /// <summary>
    /// Whether the name at token <paramref name="first"/> says where: "held talks at the Prime Minister's Office", "back
    /// to the Office of the President" are the building leaders meet in, where "a release from the Office of the Prime
    /// Minister" and "according to the Office of the President" are the body.
    /// </summary>
    private static bool IsWhere(AnalyzedSentence s, int first)
    {
        var k = s.Is(first - 1, "the") ? first - 2 : first - 1;
        return s.IsAny(k, "at", "in", "inside", "outside") || (s.Is(k, "to") && !s.IsAny(k - 1, "according", "close", "sources", "spokesperson"));
    }

    /// <summary>Whether the tokens from <paramref name="first"/> to before <paramref name="head"/> are none, or a country's name or demonym ("US", "Philippine").</summary>
    private static bool OnlyCountryBefore(AnalyzedSentence s, int first, int head) =>
        first == head || (s.MentionStartingAt(first, MentionKind.Country, MentionKind.Demonym) is { } country && s.TokenAt(country.End) == head);

    /// <summary>Whether a place of the lexicon spans exactly the name: "the West Bank" is no bank.</summary>
    private static bool IsPlaceName(AnalyzedSentence s, int start, int end)
    {
        foreach (var m in s.MentionSpanOf(MentionKind.Place))
        {
            if (m.Start == start && m.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a capitalised word that can open or continue a name.</summary>
    private static bool IsNameWord(AnalyzedSentence s, int k) =>
        s.IsCapitalized(k) && !NotName.Contains(s.Word(k)) && !Words.Months.Contains(s.Word(k)) && !Words.Weekdays.Contains(s.Word(k));

    /// <summary>
    /// Whether token <paramref name="k"/> is a possessive inside a name, between two of its words: "the National
    /// People's Congress". A country's or a place's is the owner of the body, not part of its name ("China's Foreign Ministry").
    /// </summary>
    private static bool IsPossessiveInName(AnalyzedSentence s, int k) =>
        k > 0 && k < s.Tokens.Count && s.Tokens[k].Kind == TokenKind.Possessive && IsNameWord(s, k - 1) && IsNameWord(s, k + 1)
        && !s.Overlaps(s.Tokens[k - 1].Start, s.Tokens[k - 1].End, Inside);

    /// <summary>
    /// Whether token <paramref name="k"/> is an "and" between two words of one name: "the National Agricultural Marketing
    /// and Development Corporation". Not after a name's head nor before another mention: "the Communist Party of Cuba
    /// Central Committee and President of the Republic", "Singapore's Ministry of Law and China's Ministry of Justice"
    /// join two names.
    /// </summary>
    private static bool IsAndInName(AnalyzedSentence s, int k) =>
        k > 0 && s.Is(k, "and") && IsNameWord(s, k - 1) && !Heads.Contains(s.Word(k - 1)) && IsNameWord(s, k + 1)
        && s.MentionStartingAt(k + 1, MentionKinds) is null;

    /// <summary>Every kind of mention.</summary>
    private static readonly MentionKind[] MentionKinds = Enum.GetValues<MentionKind>();

    /// <summary>Whether token <paramref name="k"/> is an ordinal ("20th", "ninth"): the name that follows is a session's.</summary>
    private static bool IsOrdinal(AnalyzedSentence s, int k)
    {
        var word = s.Word(k);
        return Words.OrdinalWords.ContainsKey(word)
            || (word.Length > 2 && char.IsAsciiDigit(word[0]) && (word.EndsWith("th", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The most tokens of the phrases after a head ("for National Security of the Kyrgyz Republic").</summary>
    private const int MaxPhraseTokens = 10;

    /// <summary>
    /// The last token of "of (the) Foreign Affairs (of Japan)" or "for National Security of the Kyrgyz Republic" after the
    /// head at <paramref name="head"/>: capitalised words after each "of", "for" or "on"; <paramref name="head"/> itself when
    /// no such phrase follows.
    /// </summary>
    private static int OfPhraseEnd(AnalyzedSentence s, int head)
    {
        var last = head;
        var k = head + 1;
        while (s.IsAny(k, "of", "for", "on") && last - head < MaxPhraseTokens)
        {
            var j = s.Is(k + 1, "the") ? k + 2 : k + 1;
            var words = 0;
            while ((IsNameWord(s, j) || (words > 0 && (IsPossessiveInName(s, j) || IsAndInName(s, j)))) && j - head < MaxPhraseTokens)
            {
                j++;
                words++;
            }

            if (words == 0)
            {
                break;
            }

            if (ListEnd(s, j) is { } listed && listed - head < MaxPhraseTokens)
            {
                j = listed + 1; // "the Ministry of Economy, Trade and Industry"
            }

            last = j - 1;
            k = j;
        }

        return last;
    }

    /// <summary>
    /// The last token of the rest of a list of portfolios from the comma at <paramref name="comma"/>: ", Trade and
    /// Industry", ", Industry and Energy" (capitalised words, commas, and an "and" before the last); null when no such
    /// list follows (", Marles said" ends the name).
    /// </summary>
    private static int? ListEnd(AnalyzedSentence s, int comma)
    {
        var k = comma;
        while (s.Word(k) == "," && IsNameWord(s, k + 1))
        {
            k++;
            while (IsNameWord(s, k + 1))
            {
                k++;
            }

            k++;
            if (s.Is(k, "and") && IsNameWord(s, k + 1))
            {
                while (IsNameWord(s, k + 1))
                {
                    k++;
                }

                return k;
            }
        }

        return null;
    }
}
