namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Named venues and towns the lexicon lacks, after a word of place: a run of capitalised words that ends in a venue
/// noun ("at Admiralty House", "in Buddha Jayanti Park", "visited the State War Memorial in Kings Park"), or that is
/// followed by a comma and a country ("in Kananaskis, Canada"); and official seats ("at the prime minister's office",
/// "at the presidential residence"). Each becomes a <see cref="MentionKind.Place"/>
/// mention whose candidate is the name, so the resolver makes a Place node of it.
/// </summary>
/// <remarks>
/// Runs after the gazetteers: a name that overlaps any other mention but a title ("the White House", "Tokyo Tower"
/// when known) is left to it. One pass over the sentence's tokens; each name is at most <see cref="MaxWords"/> words long.
/// </remarks>
internal static class VenuePattern
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> VenueNouns = new(StringComparer.Ordinal)
    {
        "House", "Palace", "Hall", "Park", "Arena", "Centre", "Center", "Hotel", "Guesthouse", "Residence", "Stadium",
        "Memorial", "Square", "Estate", "Villa", "Temple", "Shrine", "Cemetery", "Museum", "Garden", "Gardens", "University",
        "Airport", "Station", "Hospital", "Tower", "Cathedral", "Castle", "Base", "Cosmodrome", "Mausoleum", "Complex",
        "Room", "Building", "Village", "Monastery", "Airbase", "Library", "Theatre", "Theater", "Velodrome", "Mansion",
        "Pavilion", "Chancellery",
    };

    /// <summary>
    /// Nouns of French, Spanish, Portuguese, Italian and German that open a venue's name ("the Palais du Peuple",
    /// "Palacio de las Garzas", "Palazzo Chigi", "Schloss Elmau"): never English words, so no word of place need come before.
    /// </summary>
    private static readonly HashSet<string> ForeignHeads = new(StringComparer.Ordinal)
    {
        "Palais", "Palacio", "Palácio", "Palazzo", "Piazza", "Praça", "Schloss", "Château", "Castillo",
    };

    /// <summary>Nouns that open a venue's name after a word of place only ("at Villa Doria Pamphilj", "in Place Stanislas"): English has them too.</summary>
    private static readonly HashSet<string> LocativeHeads = new(StringComparer.Ordinal) { "Villa", "Casa", "Plaza", "Place" };

    /// <summary>Particles between the words of a name that opens with its noun ("Palais de la Nation", "Palacio de las Garzas").</summary>
    private static readonly HashSet<string> HeadFirstParticles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "las", "los", "le", "l'", "del", "do", "da", "dos", "das", "di", "della", "delle", "dei",
    };

    /// <summary>Whether <paramref name="word"/> is a capitalised noun that ends a venue's name ("Palace", "Airport").</summary>
    public static bool IsVenueNoun(string word) => VenueNouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a place after a possessive: "the prime minister's office", "the Emperor's Palace".</summary>
    public static bool IsSeatNoun(string word) => OfficeNouns.Contains(word) || VenueNouns.Contains(word);

    /// <summary>Lower-case nouns of an official seat ("the presidential office").</summary>
    private static readonly HashSet<string> OfficeNouns = new(StringComparer.Ordinal) { "office", "residence", "palace", "guesthouse", "compound" };

    /// <summary>Words that say whose seat it is ("presidential", "prime minister's").</summary>
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "presidential", "prime", "minister", "official", "state", "royal", "imperial", "president", "new",
    };

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "to", "from", "visited", "visiting", "toured", "near", "inside", "outside",
    };

    /// <summary>Mentions a venue name may not overlap: all but titles ("the prime minister's office").</summary>
    private static readonly MentionKind[] Blocking = [.. Enum.GetValues<MentionKind>().Where(k => k != MentionKind.Title)];

    /// <summary>Mentions of places, which may open a venue's name ("the Hubei Provincial Museum").</summary>
    private static readonly MentionKind[] Places = [MentionKind.Place, MentionKind.Capital, MentionKind.Country, MentionKind.Demonym];

    /// <summary>The mentions a venue name may not overlap at all: <see cref="Blocking"/> but <see cref="Places"/>.</summary>
    private static readonly MentionKind[] BlockingAnywhere = [.. Blocking.Where(k => !Places.Contains(k))];

    /// <summary>Adds a place mention for each named venue in <paramref name="s"/>.</summary>
    public static void Find(AnalyzedSentence s)
    {
        for (var k = 1; k < s.Tokens.Count; k++)
        {
            // "according to Casa Presidencial" names a source, not where something happened.
            var locative = Locatives.Contains(s.Word(k - 1)) && !(s.Is(k - 1, "to") && s.Is(k - 2, "according"));
            if (!locative && !ForeignHeads.Contains(s.Word(k)) && !(s.Is(k, "the") && ForeignHeads.Contains(s.Word(k + 1))))
            {
                continue;
            }

            var first = s.Is(k, "the") ? k + 1 : k;
            var last = HeadFirstEnd(s, first, locative);
            if (last < 0 && !locative)
            {
                continue;
            }

            if (last < 0)
            {
                last = VenueEnd(s, first);
            }

            if (last < 0 && first == k)
            {
                last = TownEnd(s, first);
            }
            else if (last < 0)
            {
                last = OfficeEnd(s, first);
            }

            if (last < 0)
            {
                last = DescribedEnd(s, first);
            }

            if (last < 0)
            {
                continue;
            }

            var start = s.Tokens[first].Start;
            var end = s.Tokens[last].End;
            if (!IsBlocked(s, first, last))
            {
                end = OfCountry(s, last) ?? end; // "the National Museum of Korea"
                var name = s.Slice(start, end);
                RemoveCitiesInside(s, start, end);
                s.Add(new Mention(MentionKind.Place, s.Index, start, end, name) { Candidates = [name] });
            }

            k = last;
        }
    }

    /// <summary>
    /// Removes the gazetteer's cities inside a venue's name that starts with them: "Belém Palace" in Lisbon is no
    /// mention of Belém in Brazil. A capital keeps its mention ("the Beijing Hotel" is in Beijing).
    /// </summary>
    private static void RemoveCitiesInside(AnalyzedSentence s, int start, int end)
    {
        if (s.MentionStartingAt(s.TokenAt(start), MentionKind.Place) is { } city && city.End < end && city.Candidates.Count > 0)
        {
            s.Remove(city);
        }
    }

    /// <summary>
    /// Whether another mention claims words of the venue from token <paramref name="first"/> to <paramref name="last"/>:
    /// any mention but a title, except a place's inside the words before a capitalised venue noun ("Hubei" in "the
    /// Hubei Provincial Museum"). A place that takes in the noun ("the Great Hall of the People") is the place.
    /// </summary>
    private static bool IsBlocked(AnalyzedSentence s, int first, int last)
    {
        var (start, end) = (s.Tokens[first].Start, s.Tokens[last].End);
        if (!s.IsCapitalized(last))
        {
            return s.Overlaps(start, end, Blocking); // "the Akorda presidential residence" is the place Akorda's
        }

        return s.Overlaps(start, end, BlockingAnywhere) || s.Overlaps(s.Tokens[last].Start, end, Places);
    }

    /// <summary>
    /// The last token of an official seat after "the" ("the prime minister's office", "the presidential residence"):
    /// words of office, a possessive or capitalised words, then a lower-case venue noun; or -1.
    /// </summary>
    private static int OfficeEnd(AnalyzedSentence s, int first)
    {
        for (var j = first; j < s.Tokens.Count && j - first < 4; j++)
        {
            if (j > first && OfficeNouns.Contains(s.Word(j)))
            {
                return j;
            }

            if (!(OfficeWords.Contains(s.Word(j)) || s.Tokens[j].Kind == TokenKind.Possessive || s.IsCapitalized(j)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Where "of" and a country or a capital end after the venue noun at <paramref name="last"/> ("Museum of Korea"), or null.</summary>
    private static int? OfCountry(AnalyzedSentence s, int last) =>
        VenueNouns.Contains(s.Word(last)) && s.Is(last + 1, "of") && s.MentionStartingAt(last + 2, MentionKind.Country, MentionKind.Capital) is { } country
            && !s.IsCapitalized(s.TokenAt(country.End))
            ? country.End
            : null;

    /// <summary>The last token of a capitalised name followed by a comma and a country ("Kananaskis, Canada"), or -1.</summary>
    private static int TownEnd(AnalyzedSentence s, int first)
    {
        for (var j = first; j < s.Tokens.Count && j - first < 3; j++)
        {
            if (!s.IsCapitalized(j))
            {
                return -1;
            }

            if (s.Is(j + 1, ",") && s.MentionStartingAt(j + 2, MentionKind.Country) is not null)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Lower-case nouns of a seat or a retreat that describe a name set off before them ("the Quinta de Olivos, the presidential residence").</summary>
    private static readonly HashSet<string> DescribingNouns = new([.. OfficeNouns, "estate", "retreat", "villa", "hotel", "mansion", "headquarters"], StringComparer.Ordinal);

    /// <summary>
    /// The last token of a capitalised name (with particles such as "de") that a comma and a seat's description follow:
    /// "at the Quinta de Olivos, the presidential residence on the outskirts of Buenos Aires", "at the Catshuis, the prime
    /// minister's official residence"; or -1.
    /// </summary>
    private static int DescribedEnd(AnalyzedSentence s, int first)
    {
        var j = first;
        while (j < s.Tokens.Count && j - first < MaxWords && (s.IsCapitalized(j) || (j > first && Words.NameParticles.Contains(s.Word(j)) && s.IsCapitalized(j + 1))))
        {
            j++;
        }

        if (j == first || !s.Is(j, ",") || !s.IsAny(j + 1, "the", "a", "an"))
        {
            return -1;
        }

        for (var k = j + 2; k < s.Tokens.Count && k - j <= 6; k++)
        {
            if (DescribingNouns.Contains(s.Word(k)))
            {
                return j - 1;
            }

            // "the prime minister's official residence": whose seat it is may be a possessive.
            if (!s.IsLowerCaseWord(k) && s.Tokens[k].Kind != TokenKind.Possessive)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The last token of a name that opens with its noun at <paramref name="first"/> (<see cref="ForeignHeads"/>, or
    /// <see cref="LocativeHeads"/> after a word of place) and goes on with capitalised words and particles ("Palais de la
    /// Nation", "Palazzo Chigi"); or -1.
    /// </summary>
    private static int HeadFirstEnd(AnalyzedSentence s, int first, bool locative)
    {
        if (!ForeignHeads.Contains(s.Word(first)) && !(locative && LocativeHeads.Contains(s.Word(first))))
        {
            return -1;
        }

        var last = -1;
        for (var j = first + 1; j < s.Tokens.Count && j - first <= MaxWords; j++)
        {
            if (s.IsCapitalized(j))
            {
                last = j;
            }
            else if (!HeadFirstParticles.Contains(s.Word(j)) || (last < 0 && j > first + 2))
            {
                break;
            }
        }

        return last;
    }

    /// <summary>The last token of a capitalised name ending in a venue noun that starts at <paramref name="first"/>, or -1.</summary>
    private static int VenueEnd(AnalyzedSentence s, int first)
    {
        for (var j = first; j < s.Tokens.Count && j - first < MaxWords; j++)
        {
            if (!s.IsCapitalized(j))
            {
                return -1;
            }

            // "Admiralty House"; a lone noun only with its country after it ("the Palace of Serbia", which OfCountry takes in).
            if ((j > first || OfCountry(s, j) is not null) && VenueNouns.Contains(s.Word(j)) && !VenueNouns.Contains(s.Word(j + 1)))
            {
                return j;
            }
        }

        return -1;
    }
}
