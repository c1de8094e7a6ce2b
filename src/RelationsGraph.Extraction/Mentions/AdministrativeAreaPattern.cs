using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A place with the word of its administrative area: "Okinawa Prefecture", "Sichuan Province", "in Guangdong
/// province", "Donetsk Oblast", "the Kyiv region". The place's mention grows to take the word in, so the article's
/// own form is among the node's names. A region the lexicon knows ("Okinawa") keeps its node; a city or a capital
/// with the word is another place ("Donetsk Oblast" is not the city of Donetsk), named as written. A capitalised word
/// the lexicon lacks, after a word of place, is a place with a capitalised area word ("in Mersin Province", "in the Amur
/// Region of Russia"). <see cref="FindTowns"/> adds a town the text places in a known region or a country ("in
/// Greenville, Delaware") or names with a word of settlement ("the north-eastern French city of Nancy").
/// </summary>
/// <remarks>Runs right after the gazetteers, so every later pattern sees the whole name; one pass over the sentence's tokens.</remarks>
internal static class AdministrativeAreaPattern
{
    /// <summary>The length of the shortest area word ("Krai").</summary>
    private const int ShortestAreaWord = 4;

    /// <summary>The length of the longest area word ("Governorate").</summary>
    private const int LongestAreaWord = 11;

    /// <summary>Capitalised words of an area, which also make a place of a name the lexicon lacks.</summary>
    private static readonly HashSet<string> AreaNames = new(StringComparer.Ordinal)
    {
        "Prefecture", "Province", "Oblast", "Region", "Governorate", "Krai",
    };

    /// <summary>Lower-case words of an area, only after a place the lexicon or a capital names.</summary>
    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal) { "prefecture", "province", "oblast", "region" };

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "to", "from", "of", "visited", "near" };

    /// <summary>The names of the lexicon's places that are regions ("Okinawa"), whose nodes an area word keeps.</summary>
    public static HashSet<string> RegionNames(Lexicon lexicon) =>
        lexicon.Places.Where(p => p.Kind == PlaceKind.Region).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Grows or adds the place mentions of <paramref name="s"/> that an area word follows.</summary>
    public static void Find(AnalyzedSentence s, HashSet<string> regions)
    {
        for (var k = 0; k + 1 < s.Tokens.Count; k++)
        {
            var area = k + 1;
            if (s.Tokens[area].Length is < ShortestAreaWord or > LongestAreaWord)
            {
                continue; // most tokens: no word to look up
            }

            var capitalised = AreaNames.Contains(s.Word(area));
            if ((!capitalised && !AreaWords.Contains(s.Word(area))) || s.IsCapitalized(area + 1))
            {
                continue;
            }

            var place = s.MentionCovering(k, MentionKind.Place, MentionKind.Capital);
            if (place is not null && s.TokenEndingAt(place.End) == k)
            {
                Grow(s, place, s.Tokens[area].End, regions);
            }
            else if (place is null && capitalised && s.IsCapitalized(k) && AfterWordOfPlace(s, k) && !s.OverlapsAny(s.Tokens[k].Start, s.Tokens[area].End))
            {
                var name = s.Slice(s.Tokens[k].Start, s.Tokens[area].End);
                s.Add(new Mention(MentionKind.Place, s.Index, s.Tokens[k].Start, s.Tokens[area].End, name) { Candidates = [name] });
            }
        }
    }

    /// <summary>Words that put a town in a place: not "of" ("the Legion of Honour, France's highest distinction").</summary>
    private static readonly HashSet<string> TownLocatives = new(StringComparer.OrdinalIgnoreCase) { "in", "to", "from", "near", "visited" };

    /// <summary>The most words of a town's name before the region or country that places it ("Nusa Dua, Bali").</summary>
    private const int MaxTownWords = 3;

    /// <summary>
    /// Adds a place for a town the lexicon lacks that the text places in a region or country it knows, after a word of
    /// place: "at the latter's home in Greenville, Delaware", "in Vladivostok, Russia"; and one a word of settlement
    /// names: "the north-eastern French city of Nancy", "the port city of Busan". The name is as written.
    /// </summary>
    public static void FindTowns(AnalyzedSentence s, HashSet<string> regions)
    {
        for (var k = 1; k + 2 < s.Tokens.Count; k++)
        {
            if (!s.IsCapitalized(k) || !TownLocatives.Contains(s.Word(k - 1)))
            {
                continue;
            }

            var comma = k + 1;
            while (comma < s.Tokens.Count && comma - k < MaxTownWords && s.IsCapitalized(comma))
            {
                comma++;
            }

            if (s.Word(comma) != "," || s.OverlapsAny(s.Tokens[k].Start, s.Tokens[comma - 1].End) || !PlacesATown(s, comma + 1, regions))
            {
                continue;
            }

            AddTown(s, k, comma - 1);
            k = comma;
        }

        for (var k = 2; k + 1 < s.Tokens.Count; k++)
        {
            if (s.Is(k, "of") && SettlementWords.Contains(s.Word(k - 1)) && s.IsCapitalized(k + 1) && AfterArticle(s, k - 1))
            {
                var last = k + 1;
                while (last + 1 < s.Tokens.Count && last + 1 - k <= MaxTownWords && s.IsCapitalized(last + 1))
                {
                    last++;
                }

                if (!s.OverlapsAny(s.Tokens[k + 1].Start, s.Tokens[last].End))
                {
                    AddTown(s, k + 1, last);
                }

                k = last;
            }
        }
    }

    /// <summary>Lower-case words of a settlement that name it after "of": "the French city of Nancy", "the coastal town of Sochi".</summary>
    private static readonly HashSet<string> SettlementWords = new(StringComparer.Ordinal) { "city", "town", "village", "port", "resort" };

    /// <summary>The most words between "the" and a word of settlement ("the north-eastern French city").</summary>
    private const int MaxSettlementQualifiers = 3;

    /// <summary>Whether "the" stands at most a few words before the settlement word at <paramref name="word"/> with nothing but lower-case words, demonyms and countries' possessives between.</summary>
    private static bool AfterArticle(AnalyzedSentence s, int word)
    {
        for (var k = word - 1; k >= 0 && word - k <= MaxSettlementQualifiers + 1; k--)
        {
            if (s.Is(k, "the"))
            {
                return true;
            }

            if (s.IsCapitalized(k) && s.MentionCovering(k, MentionKind.Demonym, MentionKind.Country) is null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Adds a place named by tokens <paramref name="first"/> to <paramref name="last"/>, as written.</summary>
    private static void AddTown(AnalyzedSentence s, int first, int last)
    {
        var name = s.Slice(s.Tokens[first].Start, s.Tokens[last].End);
        s.Add(new Mention(MentionKind.Place, s.Index, s.Tokens[first].Start, s.Tokens[last].End, name) { Candidates = [name] });
    }

    /// <summary>Whether a region the lexicon knows ("Delaware") or a country starts at token <paramref name="k"/> and ends the phrase.</summary>
    private static bool PlacesATown(AnalyzedSentence s, int k, HashSet<string> regions)
    {
        var area = s.MentionStartingAt(k, MentionKind.Place) is { Candidates: [var region] } place && regions.Contains(region) ? place
            : s.MentionStartingAt(k, MentionKind.Country);
        // Not a name that goes on ("Delaware Avenue"), a possessive ("France's highest distinction") or a list ("in English, Japan and India").
        var after = s.TokenAt(area?.End ?? 0);
        return area is not null && !s.IsCapitalized(after) && !s.IsAny(after, "and", "or")
            && (after >= s.Tokens.Count || s.Tokens[after].Kind != TokenKind.Possessive);
    }

    /// <summary>Whether a word of place, perhaps with "the", stands before token <paramref name="k"/>: "in Mersin", "in the Amur".</summary>
    private static bool AfterWordOfPlace(AnalyzedSentence s, int k) =>
        Locatives.Contains(s.Word(k - 1)) || (s.Is(k - 1, "the") && Locatives.Contains(s.Word(k - 2)));

    private static void Grow(AnalyzedSentence s, Mention place, int end, HashSet<string> regions)
    {
        var text = s.Slice(place.Start, end);
        var keeps = place.Kind == MentionKind.Place && place.Candidates.Count == 1 && regions.Contains(place.Candidates[0]);
        s.RemoveAll(m => ReferenceEquals(m, place));
        s.Add(new Mention(MentionKind.Place, s.Index, place.Start, end, text) { Candidates = keeps ? place.Candidates : [text] });
    }
}
