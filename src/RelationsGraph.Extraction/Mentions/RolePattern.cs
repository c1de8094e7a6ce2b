namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds roles that name no one: "the Chinese president", "The Japanese prime minister", "the ROK president",
/// "the prime minister", "The President of the Republic", "the Chinese leader", "the first South Korean president",
/// "China's president", "the Chinese leader's visit", "His Majesty" alone, and a country's guest, host or counterpart
/// ("his Turkish guest").
/// A title followed by a name is not
/// a role (the name is the mention), and neither is a plural ("the leaders"), the owner of a seat ("the prime
/// minister's office", a venue) or an indefinite title ("between Biden and a Brazilian president": any of them).
/// </summary>
internal static class RolePattern
{
    public static void Find(AnalyzedSentence s)
    {
        foreach (var title in s.MentionSpanOf(MentionKind.Title))
        {
            var after = s.TokenAt(title.End);
            var end = title.End;
            if (OfTheRepublic(s, after))
            {
                // "The President of the Republic also stressed ...": the republic the story is about, as "The President" is;
                // "the President of the Republic, Marcelo Rebelo de Sousa, visited": the name set off after it is the mention.
                if (s.Word(after + 3) == "," && s.MentionStartingAt(after + 4, MentionKind.Leader) is not null)
                {
                    continue;
                }

                end = s.Tokens[after + 2].End;
                after += 3;
            }

            if (s.MentionStartingAt(after, MentionKind.Leader) is not null || s.Is(after, "of") || Words.Honorifics.Contains(s.Word(after))
                || (s.Tokens.Count > after && s.Tokens[after].Kind == TokenKind.Possessive && VenuePattern.IsSeatNoun(s.Word(after + 1)))
                || s.IsCapitalized(after) && !s.IsAny(after, "The", "He", "She"))
            {
                continue;
            }

            var j = s.TokenAt(title.Start) - 1;
            var modified = BeforeModifiers(s, j);
            if (modified < j && modified >= 0 && s.Tokens[modified].Kind == TokenKind.Possessive)
            {
                j = modified; // "Uzbekistan's first president"
            }

            string? country = null;
            var start = title.Start;
            var possessive = j >= 0 && s.Tokens[j].Kind == TokenKind.Possessive;
            var k = possessive ? j - 1 : j;
            var named = k >= 0 ? s.MentionCovering(k, MentionKind.Demonym, MentionKind.Country) : null;
            if (named is { Candidates.Count: 1 } && named.End == s.Tokens[k].End && (possessive || named.Kind == MentionKind.Demonym || IsAcronym(named.Text)))
            {
                country = named.Candidates[0];
                start = named.Start;
                j = s.TokenAt(named.Start) - 1;
            }
            else if (possessive)
            {
                continue;
            }

            j = BeforeModifiers(s, j);

            if (!(possessive && country is not null) && !s.IsAny(j, "the", "The"))
            {
                continue;
            }

            if (!possessive)
            {
                start = s.Tokens[j].Start;
            }

            var role = s.Create(MentionKind.Role, start, end);
            role.Title = title.Title;
            role.CountryId = country;
            s.Add(role);
        }

        FindMajesty(s);
    }

    /// <summary>The <see cref="Mention.Title"/> of "His Majesty" standing alone: whichever king, queen, sultan or emperor the story names.</summary>
    public const string Monarch = "Monarch";

    /// <summary>
    /// "His Majesty" or "Her Majesty" with no title or name after it ("During the meeting, His Majesty and President Xi
    /// exchanged views", "His Majesty's visit to the PRC"): the monarch the story has named, as court and palace copy
    /// calls them. Before a title or a name ("His Majesty King Hamad", "His Majesty The King") it is only a style.
    /// </summary>
    private static void FindMajesty(AnalyzedSentence s)
    {
        for (var i = 0; i + 1 < s.Tokens.Count; i++)
        {
            if (s.IsAny(i, "His", "Her") && s.Is(i + 1, "Majesty") && !s.IsCapitalized(i + 2)
                && !s.OverlapsAny(s.Tokens[i].Start, s.Tokens[i + 1].End))
            {
                var role = s.Create(MentionKind.Role, s.Tokens[i].Start, s.Tokens[i + 1].End);
                role.Title = Monarch;
                s.Add(role);
            }
        }
    }

    /// <summary>Whether "of the Republic", naming no republic, starts at token <paramref name="of"/>: not "of the Republic of Korea".</summary>
    private static bool OfTheRepublic(AnalyzedSentence s, int of) =>
        s.Is(of, "of") && s.Is(of + 1, "the") && s.Word(of + 2) == "Republic" && !s.Is(of + 3, "of") && !s.IsCapitalized(of + 3)
        && !s.Overlaps(s.Tokens[of + 2].Start, s.Tokens[of + 2].End, MentionKind.Country);

    /// <summary>
    /// The token at or before <paramref name="k"/> that is no ordinal or word of time before a title ("first", "former",
    /// "late"): <paramref name="k"/> itself when it is none, -1 when all before it are.
    /// </summary>
    internal static int BeforeModifiers(AnalyzedSentence s, int k)
    {
        while (k >= 0 && (Words.IsOrdinal(s.Word(k), out _) || s.IsAny(k, "then", "former", "new", "current", "late", "incumbent")))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "his Turkish guest", "her Chinese counterpart", "their Brazilian host": a leader of the demonym's country whom the
    /// text names elsewhere, not after the noun ("his Japanese counterpart Fumio Kishida", "his Turkish counterpart, Hakan
    /// Fidan," name the leader). A counterpart holds the office of the last titled leader named before it in the
    /// sentence ("Foreign Minister Wang Yi met his Japanese counterpart"), when there is one.
    /// </summary>
    public static void FindCounterparts(AnalyzedSentence s)
    {
        for (var k = 1; k < s.Tokens.Count; k++)
        {
            if (IsBareGuest(s, k))
            {
                // "Saikhanbileg and his guest witnessed ...", "The guest was also received by ...": the visiting leader,
                // whom ReferenceResolution picks from the story's pair.
                var start = s.Tokens[k - 1].Start;
                s.Add(new Mention(MentionKind.Role, s.Index, start, s.Tokens[k].End, s.Slice(start, s.Tokens[k].End)) { Head = Guest });
                continue;
            }

            if (k < 2)
            {
                continue;
            }

            if (!(Words.IsCounterpart(s, k) || s.IsAny(k, "guest", "host", "visitor")) || s.IsCapitalized(k + 1) || (s.Word(k + 1) == "," && s.IsCapitalized(k + 2))
                || s.MentionCovering(k - 1, MentionKind.Demonym) is not { Candidates.Count: 1 } demonym || s.TokenAt(demonym.End) != k
                || !s.IsAny(s.TokenAt(demonym.Start) - 1, "his", "her", "their"))
            {
                continue;
            }

            var role = s.Create(MentionKind.Role, s.Tokens[s.TokenAt(demonym.Start) - 1].Start, s.Tokens[k].End);
            role.CountryId = demonym.Candidates[0];
            if (Words.IsCounterpart(s, k))
            {
                role.Title = TitleLinker.TitleBefore(s, role);
            }

            s.Add(role);
        }
    }

    /// <summary>The <see cref="Mention.Head"/> of a role that names the visiting leader without a country: "his guest", "the visitor".</summary>
    public const string Guest = "guest";

    /// <summary>
    /// Whether token <paramref name="k"/> is "guest" or "visitor" right after "his", "her", "their" or "the", and no name
    /// follows ("his guest, Xi Jinping," names the guest).
    /// </summary>
    private static bool IsBareGuest(AnalyzedSentence s, int k) =>
        s.IsAny(k, "guest", "visitor") && s.IsLowerCaseWord(k) && s.IsAny(k - 1, "his", "her", "their", "the")
        && !s.IsCapitalized(k + 1) && !(s.Word(k + 1) == "," && s.IsCapitalized(k + 2));

    private static bool IsAcronym(string text) => text.Length <= 5 && text.All(c => char.IsUpper(c) || c == '.');
}
