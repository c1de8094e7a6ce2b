namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds references to several parties at once. Leaders: "the two leaders", "both leaders", "the leaders",
/// "the three leaders", "the two heads of state", "the two prime ministers", "the two men", "the pair", "the two" (alone, or before a verb: "The two met again"). Countries: "the two sides", "both sides",
/// "the two countries", "the two allies", "the Asian neighbors", "Asia's two biggest economies", and with the
/// sides named, "the U.S. and Chinese leaders". One country as a party: "the Japanese side".
/// </summary>
internal static class GroupPattern
{
    /// <summary>
    /// Words that make "the two" before them a pair of people: a verb of meeting or agreeing, or the adverb or auxiliary
    /// before one ("The two met again in September", "the two have spoken twice"). "The two countries" has its noun.
    /// </summary>
    private static readonly HashSet<string> VerbOfTwo = new(StringComparer.OrdinalIgnoreCase)
    {
        "met", "meet", "held", "hold", "agreed", "spoke", "talked", "discussed", "signed", "shook", "sat", "exchanged",
        "also", "last", "first", "later", "then", "again", "have", "had", "will", "would",
    };

    /// <summary>
    /// The <see cref="Mention.Head"/> of a group of leaders "of" countries named one by one ("the leaders of Japan and South
    /// Korea"), whose <see cref="Mention.Candidates"/> are the countries: their leaders, whoever they were at the time.
    /// </summary>
    public const string OfCountries = "of countries";

    /// <summary>The <see cref="Mention.Head"/> of "the leaders of the APEC economies": the members of a body, none the story names.</summary>
    public const string OfOrganizationMembers = "of an organization";

    public static void Find(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (TrySide(s, i))
            {
                continue;
            }

            if (TryNamedSides(s, i, out var next))
            {
                i = next;
                continue;
            }

            if (!s.IsAny(i, "the", "both", "all") && !(Words.Numbers.ContainsKey(s.Word(i)) && i > 0 && s.Tokens[i - 1].Kind == TokenKind.Possessive))
            {
                continue;
            }

            var j = i;
            int? count = s.Is(i, "both") ? 2 : null;
            if (s.Is(j, "the") || s.Is(j, "all"))
            {
                j++;
            }

            if (Words.Numbers.TryGetValue(s.Word(j), out var n))
            {
                count = n;
                j++;
            }

            var adjectives = 0;
            while (adjectives < 2 && s.Tokens.Count > j && s.Tokens[j].Kind == TokenKind.Word && !IsGroupNoun(s, j) && IsAdjective(s, j))
            {
                j++;
                adjectives++;
            }

            if (IsGroupNoun(s, j, out var kind, out var end) && (count is not null || !IsCountedOnly(s, j)))
            {
                List<string> sides = [];
                if (count is null && kind == MentionKind.LeaderGroup && s.Is(end + 1, "of"))
                {
                    count = CountriesNamed(s, end + 2, sides); // "the leaders of the three countries", "the leaders of China, Japan and the ROK"
                    if (count is null && OfOrganization(s, end + 2))
                    {
                        // "The leaders of the APEC economies gather here ... for their two-day summit": a body's many
                        // members, not leaders the story names; "their" after it is theirs too.
                        RemovePronounsAfter(s, s.Tokens[end].End);
                        s.Add(new Mention(kind, s.Index, s.Tokens[i].Start, s.Tokens[end].End, s.Slice(s.Tokens[i].Start, s.Tokens[end].End))
                        {
                            IsDefinite = true,
                            Head = OfOrganizationMembers,
                        });
                        i = end;
                        continue;
                    }
                }

                var start = s.Is(i, "both") || s.Is(i, "the") ? s.Tokens[i].Start : StartOfPossessor(s, i);
                s.Add(new Mention(kind, s.Index, start, s.Tokens[end].End, s.Slice(start, s.Tokens[end].End))
                {
                    Count = count,
                    IsDefinite = true,
                    Candidates = sides,
                    Head = sides.Count > 0 ? OfCountries : null,
                });
                i = end;
            }
            else if (count == 2 && s.Is(i, "the") && j == i + 2 && !s.IsCapitalized(j) && s.Tokens.Count > j && s.Tokens[j].Kind != TokenKind.Word)
            {
                s.Add(new Mention(MentionKind.LeaderGroup, s.Index, s.Tokens[i].Start, s.Tokens[i + 1].End, s.Slice(s.Tokens[i].Start, s.Tokens[i + 1].End)) { Count = 2, IsDefinite = true });
            }
            else if (s.Is(i, "the") && j == i + 1 && s.IsAny(j, "pair", "duo") && !s.Is(j + 1, "of"))
            {
                // "The pair voiced serious concern ...": two people, as "the two men" are ("a pair of" is not).
                s.Add(new Mention(MentionKind.LeaderGroup, s.Index, s.Tokens[i].Start, s.Tokens[j].End, s.Slice(s.Tokens[i].Start, s.Tokens[j].End)) { Count = 2, IsDefinite = true });
                i = j;
            }
            else if (count == 2 && s.Is(i, "the") && j == i + 2 && (s.IsAny(j, "in", "since", "after", "sides") || VerbOfTwo.Contains(s.Word(j))))
            {
                s.Add(new Mention(MentionKind.LeaderGroup, s.Index, s.Tokens[i].Start, s.Tokens[i + 1].End, s.Slice(s.Tokens[i].Start, s.Tokens[i + 1].End)) { Count = 2, IsDefinite = true });
            }
        }
    }

    /// <summary>
    /// How many countries the words from token <paramref name="k"/> name: "the three countries" (3), "China, Japan and
    /// the ROK" (3); null when they name none. Countries named one by one go into <paramref name="sides"/>, so that the
    /// group is their leaders ("the leaders of Japan and South Korea" are not the story's two leaders when those are
    /// others).
    /// </summary>
    private static int? CountriesNamed(AnalyzedSentence s, int k, List<string> sides)
    {
        if (s.Is(k, "the") && Words.Numbers.TryGetValue(s.Word(k + 1), out var counted) && s.IsAny(k + 2, "countries", "nations"))
        {
            return counted;
        }

        var named = 0;
        while (k < s.Tokens.Count)
        {
            if (s.IsAny(k, "the", ",", "and"))
            {
                k++;
            }
            else if (s.MentionStartingAt(k, MentionKind.Country) is { } country)
            {
                named++;
                if (country.Candidates is [var id] && !sides.Contains(id))
                {
                    sides.Add(id);
                }

                k = s.TokenAt(country.End);
            }
            else
            {
                break;
            }
        }

        if (sides.Count != named || named < 2)
        {
            sides.Clear(); // a country of several readings: the count alone
        }

        return named >= 2 ? named : null;
    }

    /// <summary>Whether <paramref name="group"/> is "they", "them" or "their" alone, as <see cref="PronounPattern"/> marks them.</summary>
    private static bool IsPlainPronoun(AnalyzedSentence s, Mention group) =>
        s.TokenAt(group.Start) is var k && s.IsAny(k, "they", "them", "their") && group.End == s.Tokens[k].End;

    /// <summary>Removes the plain pronouns ("their") after <paramref name="position"/>: their group is no pair the story names.</summary>
    /// <remarks>Its own method, so that the lambda's closure is made only here, not on every token <see cref="Find"/> visits.</remarks>
    private static void RemovePronounsAfter(AnalyzedSentence s, int position) =>
        s.RemoveAll(m => m.Kind == MentionKind.LeaderGroup && m.Start > position && IsPlainPronoun(s, m));

    /// <summary>Whether the words from token <paramref name="k"/> name a body's members: "the APEC economies", "the G20 members", "ASEAN member states".</summary>
    private static bool OfOrganization(AnalyzedSentence s, int k)
    {
        if (s.Is(k, "the"))
        {
            k++;
        }

        if (s.MentionStartingAt(k, MentionKind.Organization) is not { } org)
        {
            return false;
        }

        var next = s.TokenAt(org.End);
        return s.IsAny(next, "economies", "members", "countries", "nations") || (s.Is(next, "member") && s.IsAny(next + 1, "states", "countries"));
    }

    private static bool IsGroupNoun(AnalyzedSentence s, int j) => IsGroupNoun(s, j, out _, out _);

    private static bool IsGroupNoun(AnalyzedSentence s, int j, out MentionKind kind, out int end)
    {
        end = j;
        kind = MentionKind.LeaderGroup;
        if (s.Is(j, "heads") && s.Is(j + 1, "of") && s.IsAny(j + 2, "state", "government"))
        {
            end = j + 2;
            return true;
        }

        if (s.IsAny(j, "leaders", "presidents", "premiers", "chancellors", "ministers", "men", "women"))
        {
            return true;
        }

        kind = MentionKind.SideGroup;
        return Words.SideGroupNouns.Contains(s.Word(j));
    }

    /// <summary>
    /// Nouns that name leaders only with a number ("the two men", "both prime ministers"): "the ministers" or "the
    /// men" alone may be anyone's.
    /// </summary>
    private static bool IsCountedOnly(AnalyzedSentence s, int j) => s.IsAny(j, "ministers", "men", "women");

    private static bool IsAdjective(AnalyzedSentence s, int j)
    {
        var word = s.Word(j);
        return word.Length > 2 && (s.Overlaps(s.Tokens[j].Start, s.Tokens[j].End, MentionKind.Demonym)
            || word.EndsWith("est", StringComparison.Ordinal) || word is "prime" or "foreign" or "major" or "close" or "neighboring" or "neighbouring" or "key" or "Asian" or "European" or "top" or "main"
            or "friendly" or "brotherly" or "fraternal");
    }

    private static int StartOfPossessor(AnalyzedSentence s, int numberIndex)
    {
        var owner = numberIndex - 2;
        if (owner > 0 && s.Is(owner - 1, "the"))
        {
            owner--;
        }

        return owner >= 0 ? s.Tokens[owner].Start : s.Tokens[numberIndex].Start;
    }

    /// <summary>"the Japanese side", "The US side", "the ROK side".</summary>
    private static bool TrySide(AnalyzedSentence s, int i)
    {
        if (!s.Is(i, "the"))
        {
            return false;
        }

        var named = s.MentionStartingAt(i + 1, MentionKind.Demonym, MentionKind.Country);
        if (named is not { Candidates.Count: 1 })
        {
            return false;
        }

        var k = s.TokenAt(named.End);
        if (!s.Is(k, "side"))
        {
            return false;
        }

        var side = s.Create(MentionKind.Side, s.Tokens[i].Start, s.Tokens[k].End);
        side.CountryId = named.Candidates[0];
        s.Add(side);
        return true;
    }

    /// <summary>"the U.S. and Chinese leaders": the sides are named.</summary>
    private static bool TryNamedSides(AnalyzedSentence s, int i, out int next)
    {
        next = i;
        if (!s.Is(i, "the"))
        {
            return false;
        }

        var first = s.MentionStartingAt(i + 1, MentionKind.Demonym, MentionKind.Country);
        var and = first is null ? -1 : s.TokenAt(first.End);
        var second = and >= 0 && s.Is(and, "and") ? s.MentionStartingAt(and + 1, MentionKind.Demonym, MentionKind.Country) : null;
        var noun = second is null ? -1 : s.TokenAt(second.End);
        if (first is not { Candidates.Count: 1 } || second is not { Candidates.Count: 1 } || !s.IsAny(noun, "leaders", "sides", "governments", "presidents"))
        {
            return false;
        }

        AddNamedGroup(s, MentionKind.SideGroup, i, noun, first, second);
        if (s.IsAny(noun, "leaders", "presidents"))
        {
            // Also the two leaders, resolved to each country's leader in focus: "the French and Chinese presidents held talks".
            AddNamedGroup(s, MentionKind.LeaderGroup, i, noun, first, second);
        }

        next = noun;
        return true;
    }

    /// <summary>Adds a definite group of two of <paramref name="kind"/> from token <paramref name="start"/> to <paramref name="noun"/>, naming the countries of <paramref name="first"/> and <paramref name="second"/>.</summary>
    private static void AddNamedGroup(AnalyzedSentence s, MentionKind kind, int start, int noun, Mention first, Mention second) =>
        s.Add(new Mention(kind, s.Index, s.Tokens[start].Start, s.Tokens[noun].End, s.Slice(s.Tokens[start].Start, s.Tokens[noun].End))
        {
            Candidates = [first.Candidates[0], second.Candidates[0]],
            Count = 2,
            IsDefinite = true,
        });
}
