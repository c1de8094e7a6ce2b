namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Named gatherings that no organization in the knowledge base convenes: "the third Belt and Road Forum for
/// International Cooperation", "the 20th National Congress of the Communist Party of China", "the Summit of the
/// Americas", "the India-Africa Forum Summit", "the sixth China International Import Expo", "the Munich Security
/// Conference", and the UN climate conferences the news names by their number ("COP28", "the COP30 climate
/// conference"). Each becomes a <see cref="MentionKind.Series"/> mention with no candidate and its
/// <see cref="Mention.Name"/> set, which <see cref="Rules.SeriesRule"/> turns into a summit named as written, placed
/// and attended as an organization's summit is.
/// </summary>
/// <remarks>
/// <para>
/// A name is a run of capitalised words (hyphenated ones, "and" between them) ending in a capitalised head noun
/// (Forum, Summit, Conference, Expo, Congress), then perhaps an "of" or "for" phrase of capitalised words ("for International Cooperation", "of
/// the Communist Party of China"), an acronym in brackets and a year; an acronym in brackets may also stand before the
/// head ("the eighth Greater Mekong Subregion (GMS) Summit", named without it). A lone head is no name ("the Forum"), except a
/// summit with such a phrase ("the Summit of the Americas"). A congress needs an ordinal ("the 20th National
/// Congress"): without one it is the body (<see cref="OrganizationPattern"/>). A summit of countries and
/// describing words alone ("the Japan-China Summit", "the Seoul Trilateral Summit"), or one of leaders ("the North
/// American Leaders' Summit"), is the leaders' meeting, which <see cref="EventPattern"/> reads; one of a country and
/// a continent ("the second Russia-Africa Summit", "summit" in lower case too) is a gathering of many. A name the
/// knowledge base holds as an organization ("the Boao Forum for Asia") stays the organization, unless an "annual
/// conference" or "annual meeting" follows it.
/// </para>
/// <para>Runs after the gazetteers and <see cref="SeriesPattern"/>, over the tokens of one sentence, in linear time.</para>
/// </remarks>
internal static class GatheringPattern
{
    /// <summary>Longest run of words before the head or in the phrase after it.</summary>
    private const int MaxWords = 8;

    /// <summary>Words that open a sentence or describe a meeting without naming a gathering ("Trilateral Summit").</summary>
    private static readonly HashSet<string> NotName = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "At", "In", "On", "For", "Of", "During", "After", "Before", "Press", "News",
        "Bilateral", "Trilateral", "Annual", "First", "Second", "Third", "Last", "Next", "Informal", "Formal", "Joint",
    };

    public static void Find(AnalyzedSentence s)
    {
        for (var head = 0; head < s.Tokens.Count; head++)
        {
            // "the India-Africa Forum Summit": the last of two heads heads the name.
            if (IsHead(s, head) && !IsHead(s, head + 1))
            {
                Gathering(s, head);
            }
            else if (ClimateConference(s, head) is { } number)
            {
                Conference(s, head, number);
            }
        }
    }

    /// <summary>
    /// The session number of a UN climate conference at token <paramref name="k"/>: "COP28", "Cop28" or "COP 28",
    /// the Conference of the Parties to the climate convention, which the news names by its number alone.
    /// </summary>
    private static int? ClimateConference(AnalyzedSentence s, int k)
    {
        var word = s.Word(k).AsSpan();
        if (word.Length < 3 || !(word.StartsWith("COP", StringComparison.Ordinal) || word.StartsWith("Cop", StringComparison.Ordinal)))
        {
            return null;
        }

        var digits = word.Length == 3 ? s.Word(k + 1).AsSpan() : word[3..];
        return digits.Length is 1 or 2 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : null;
    }

    /// <summary>
    /// A UN climate conference named by its number ("the COP28 climate conference in Dubai", "Cop28"): a gathering named
    /// as written, with "climate conference", "climate summit", "summit" or "conference" after the number when it stands there.
    /// </summary>
    private static void Conference(AnalyzedSentence s, int k, int number)
    {
        var last = s.Word(k).Length == 3 ? k + 1 : k;
        var name = s.Slice(s.Tokens[k].Start, s.Tokens[last].End);
        var end = last;
        if (s.IsAny(end + 1, "UN", "U.N.") && s.Is(end + 2, "climate"))
        {
            end++; // "the COP29 UN climate summit"
        }
        else if (s.Is(end + 1, "United") && s.Is(end + 2, "Nations") && s.Is(end + 3, "climate"))
        {
            end += 2;
        }

        if (s.IsAny(end + 1, "climate"))
        {
            end++;
        }

        if (s.IsAny(end + 1, "conference", "summit", "talks"))
        {
            end++;
        }
        else
        {
            end = last;
        }

        var first = s.Is(k - 1, "the") ? k - 1 : k;
        var (from, to) = (s.Tokens[first].Start, s.Tokens[end].End);
        // An organization may stand inside: the United Nations of "the COP30 United Nations climate conference" stays named.
        if (s.Overlaps(from, to, MentionKind.Series, MentionKind.Document, MentionKind.Leader))
        {
            return;
        }

        Add(s, first, end, name, number);
    }

    /// <summary>
    /// Adds the gathering from token <paramref name="first"/> to <paramref name="end"/>, named <paramref name="name"/>,
    /// with the form that takes in the place written after it ("the COP28 climate conference in Dubai"), and, when an
    /// acronym in brackets ends it, the forms without the brackets and the acronym alone ("the eighth Tokyo International
    /// Conference on African Development", "TICAD 8").
    /// </summary>
    private static void Add(AnalyzedSentence s, int first, int end, string name, int? ordinal, List<string>? forms = null)
    {
        var (from, to) = (s.Tokens[first].Start, s.Tokens[end].End);
        var placed = EventPlaces.PlaceAfter(s, end);
        List<string> variants = placed is not null ? [s.Slice(from, placed.End)] : [];
        variants.AddRange(forms ?? []);
        if (s.Word(end) == ")" && BracketOpening(s, end) is { } open && open > first)
        {
            variants.Add(s.Slice(from, s.Tokens[open - 1].End));
            variants.Add(s.Slice(s.Tokens[open + 1].Start, s.Tokens[end - 1].End));
        }

        s.Add(new Mention(MentionKind.Series, s.Index, from, to, s.Slice(from, to))
        {
            Head = "gathering",
            Name = name,
            Ordinal = ordinal,
            IsDefinite = s.Is(first, "the"),
            Variants = variants,
        });
    }

    /// <summary>The token of the "(" that the ")" at <paramref name="close"/> closes, two or three tokens before it; null when none.</summary>
    private static int? BracketOpening(AnalyzedSentence s, int close) =>
        s.Word(close - 2) == "(" ? close - 2 : s.Word(close - 3) == "(" ? close - 3 : null;

    private static bool IsHead(AnalyzedSentence s, int k) =>
        (s.IsCapitalized(k) && s.IsAny(k, "Forum", "Summit", "Conference", "Expo", "Congress"))
        || (s.Is(k, "summit") && HasContinentSide(s.Word(k - 1))); // "the second Russia-Africa summit", written in lower case

    private static void Gathering(AnalyzedSentence s, int head)
    {
        if (s.MentionCovering(head, MentionKind.Series, MentionKind.Document, MentionKind.EventNoun, MentionKind.Title) is not null)
        {
            return;
        }

        var start = NameStart(s, head, out var bracket);
        var end = PhraseEnd(s, head);
        if (!IsName(s, start, head, end) || (s.IsCapitalized(end + 1) && (VenuePattern.IsVenueNoun(s.Word(end + 1)) || OrganizationPattern.IsHead(s.Word(end + 1)))))
        {
            return; // "the Lithuanian Exhibition and Conference Center": a gathering's noun in the name of a place or a body
        }

        if (IsKnownOrganization(s, start, end))
        {
            // "the Boao Forum for Asia annual conference": the organization's yearly gathering; the name alone is the body.
            if (!s.IsAny(end + 1, "annual") || !s.IsAny(end + 2, "conference", "meeting"))
            {
                return;
            }

            end += 2;
        }

        if (s.Word(end + 1) == "(" && s.Word(end + 3) == ")")
        {
            end += 3; // "the sixth China International Import Expo (CIIE)"
        }
        else if (s.Word(end + 1) == "(" && s.Word(end + 4) == ")" && s.IsCapitalized(end + 2))
        {
            end += 4; // "the eighth Tokyo International Conference on African Development (TICAD 8)"
        }

        if (Words.IsYear(s.Word(end + 1), out _))
        {
            end++; // "the Boao Forum for Asia Annual Conference 2023"
        }

        int? ordinal = null;
        var first = start;
        if (Words.IsOrdinal(s.Word(first - 1), out var n))
        {
            ordinal = n;
            first--;
        }

        var name = s.Slice(s.Tokens[first].Start, s.Tokens[end].End);
        List<string> shortForms = [];
        if (bracket > 0)
        {
            // "the eighth Greater Mekong Subregion (GMS) Summit": named without the acronym, also "GMS Summit".
            var after = s.Slice(s.Tokens[bracket + 3].Start, s.Tokens[end].End);
            name = $"{s.Slice(s.Tokens[first].Start, s.Tokens[bracket - 1].End)} {after}";
            shortForms = [name, $"{s.Word(bracket + 1)} {after}"];
        }

        if (s.Is(first - 1, "the"))
        {
            first--;
        }

        var (from, to) = (s.Tokens[first].Start, s.Tokens[end].End);
        if (s.Overlaps(from, to, MentionKind.Series, MentionKind.Leader))
        {
            return;
        }

        // "the Summit for a New Global Financing Pact": the pact is what the summit is named for, not a document of the text.
        var phrase = s.Tokens[head].End;
        s.RemoveAll(m => m.Kind == MentionKind.Document && m.Start > phrase && m.End <= to);
        if (s.Overlaps(from, to, MentionKind.Document))
        {
            return;
        }

        Add(s, first, end, name, ordinal, shortForms);
    }

    /// <summary>
    /// The first word of the capitalised run before <paramref name="head"/> ("Belt and Road Forum"); <paramref name="bracket"/>
    /// is the "(" of an acronym in brackets right before the head ("Greater Mekong Subregion (GMS) Summit"), else -1.
    /// </summary>
    private static int NameStart(AnalyzedSentence s, int head, out int bracket)
    {
        bracket = -1;
        var start = head;
        while (start > 0 && head - start < MaxWords)
        {
            var k = start - 1;
            if (start == head && s.Word(k) == ")" && s.Word(k - 2) == "(" && IsAcronym(s.Word(k - 1)) && IsNameWord(s, k - 3))
            {
                bracket = k - 2;
                start = k - 3;
            }
            else if (IsNameWord(s, k) || (s.Is(k, "and") && IsNameWord(s, k - 1)))
            {
                start = k;
            }
            else
            {
                break;
            }
        }

        return s.Is(start, "and") ? start + 1 : start;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private static bool IsNameWord(AnalyzedSentence s, int k) => s.IsCapitalized(k) && !NotName.Contains(s.Word(k)) && !Words.IsOrdinal(s.Word(k), out _);

    /// <summary>
    /// The last token of the "of" or "for" phrase of capitalised words after <paramref name="head"/> (or "on" after a
    /// conference: "the Tokyo International Conference on African Development"), or the head.
    /// </summary>
    private static int PhraseEnd(AnalyzedSentence s, int head)
    {
        if (!s.IsAny(head + 1, "of", "for") && !(s.Is(head, "Conference") && s.Is(head + 1, "on")))
        {
            return head;
        }

        var k = head + 2;
        if (s.IsAny(k, "the", "a"))
        {
            k++;
        }

        var end = head;
        for (var words = 0; words < MaxWords && k < s.Tokens.Count; words++, k++)
        {
            if (IsNameWord(s, k) || s.IsCapitalized(k) && s.IsAny(k, "Annual", "First", "Second", "Third"))
            {
                end = k;
            }
            else if (!(s.IsAny(k, "and", "of") && IsNameWord(s, k + 1)) && !(s.Is(k, "of") && s.Is(k + 1, "the") && IsNameWord(s, k + 2)))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> to <paramref name="end"/> name a gathering: a congress with an
    /// ordinal, a summit with a naming word or a phrase after it, and any other head with a word before it.
    /// </summary>
    private static bool IsName(AnalyzedSentence s, int start, int head, int end)
    {
        if (s.Is(head, "Congress"))
        {
            return start < head && Words.IsOrdinal(s.Word(start - 1), out _);
        }

        if (s.Is(head, "Summit"))
        {
            if (end > head)
            {
                return true; // "the Summit of the Americas", "the Summit for a New Global Financing Pact"
            }

            for (var k = start; k < head; k++)
            {
                if (s.MentionCovering(k, MentionKind.Country, MentionKind.Demonym, MentionKind.Place, MentionKind.Capital, MentionKind.Organization) is null
                    && !s.Word(k).Contains('-', StringComparison.Ordinal) && s.Word(k) is not ("'" or "\u2019"))
                {
                    return true; // "Forum", "Special", "Commemorative": the summit has a name of its own
                }

                if (HasContinentSide(s.Word(k)))
                {
                    return true; // "the second Russia-Africa Summit": one country with a continent's many
                }
            }

            return false;
        }

        return start < head;
    }

    /// <summary>Continents and regions whose many states one side of a compound stands for ("Russia-Africa", "China-Arab").</summary>
    private static readonly string[] Continents = ["Africa", "Asia", "Europe", "Pacific", "Caribbean", "Arab", "Americas", "Latin"];

    /// <summary>Whether a side of the hyphenated <paramref name="word"/> is a continent or region of many states.</summary>
    private static bool HasContinentSide(string word)
    {
        foreach (var side in word.Split('-'))
        {
            if (Array.IndexOf(Continents, side) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention of an organization of the knowledge base spans exactly the words from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool IsKnownOrganization(AnalyzedSentence s, int start, int end) =>
        s.MentionStartingAt(start, MentionKind.Organization) is { Name: null } m && s.TokenAt(m.End) == end + 1;
}
