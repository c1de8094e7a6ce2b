using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Decides what a capital or a metonymic venue stands for and links places. "In Beijing", "to Tokyo", "at the
/// White House" and a dateline are places; otherwise ("Beijing says", "Tokyo's alignment", "urged Washington",
/// "officials in Washington", "a White House readout") the name stands for the government, that is the country.
/// Lexicon places and venues become Place nodes named as the lexicon names them; a place only the dateline names
/// becomes one named as the dateline writes it.
/// </summary>
internal sealed class PlaceResolution(KnowledgeBase kb, ArticleEntities entities)
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "at", "from", "near", "into", "across", "around", "outside", "toward", "towards", "via", "visiting", "visit",
        "visited", "arrived", "leaving", "left", "reached", "inside", "within",
    };

    /// <summary>Parts of a venue that "of" places a name after: "in the forecourt of Rashtrapati Bhavan".</summary>
    private static readonly HashSet<string> PartsOfPlace = new(StringComparer.OrdinalIgnoreCase)
    {
        "forecourt", "courtyard", "grounds", "steps", "gates", "lawn", "lawns", "premises",
    };

    public void Resolve(AnalyzedSentence s, Reading.Dateline? dateline)
    {
        // Placing adds and removes no mention: the loop reads the sentence's own list, without a copy.
        foreach (var mention in s.MentionSpan)
        {
            if (mention.Kind == MentionKind.Capital && mention.Candidates.Count == 1)
            {
                Capital(s, mention, dateline);
            }
            else if (mention.Kind == MentionKind.Place && mention.Candidates.Count == 1 && kb.Lexicon.FindPlace(mention.Candidates[0]) is { } place)
            {
                Lexicon(s, mention, place, dateline);
            }
            else if (mention.Kind == MentionKind.Place && mention.Candidates.Count == 1)
            {
                // A place the knowledge base lacks: the dateline's ("PERTH, Australia --"), a named venue or town.
                LinkPlace(s, mention, LongFormOf(mention.Candidates[0]) ?? mention.Candidates[0]);
            }
        }
    }

    /// <summary>The Place node for a capital or lexicon name, added to the article.</summary>
    public Place AddPlace(string name) => entities.Add(new Place { Id = NodeId.Create(Place.IdPrefix, name), Name = name });

    private void Capital(AnalyzedSentence s, Mention mention, Reading.Dateline? dateline)
    {
        var country = kb.Get<Country>(mention.Candidates[0]);
        if (country?.Capital is not { } capital)
        {
            return;
        }

        if (IsPlace(s, mention, dateline))
        {
            var place = AddPlace(capital);
            mention.NodeIds = [place.Id];
            entities.AddAlias(place.Id, mention.Text);
        }
        else
        {
            entities.AddKnown<Country>(country.Id);
            mention.NodeIds = [country.Id];
            entities.AddAlias(country.Id, mention.Text);
        }
    }

    private void Lexicon(AnalyzedSentence s, Mention mention, LexiconPlace place, Reading.Dateline? dateline)
    {
        if (place.IsMetonym && !IsPlace(s, mention, dateline))
        {
            entities.AddKnown<Country>(place.CountryId);
            mention.NodeIds = [place.CountryId];
            entities.AddAlias(place.CountryId, WithArticle(s, mention));
            return;
        }

        LinkPlace(s, mention, place.Name);
    }

    /// <summary>
    /// The one place of the article whose name is <paramref name="name"/> followed by "of ...", or null: "the Great
    /// Hall" after "the Great Hall of the People" is that hall. A name of one word is too short to tell.
    /// </summary>
    private string? LongFormOf(string name)
    {
        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        string? found = null;
        foreach (var node in entities.Nodes)
        {
            if (node is Place place && place.Name.Length > name.Length + 4 && place.Name.StartsWith(name, StringComparison.Ordinal)
                && place.Name.AsSpan(name.Length).StartsWith(" of ", StringComparison.Ordinal))
            {
                if (found is not null && found != place.Name)
                {
                    return null;
                }

                found = place.Name;
            }
        }

        return found;
    }

    /// <summary>Links <paramref name="mention"/> to the Place node named <paramref name="name"/>, with its text and its "the ..." form as aliases.</summary>
    private void LinkPlace(AnalyzedSentence s, Mention mention, string name)
    {
        var node = AddPlace(name);
        mention.NodeIds = [node.Id];
        entities.AddAlias(node.Id, mention.Text);
        entities.AddAlias(node.Id, WithArticle(s, mention));
    }

    /// <summary>The mention with the "the" that stands before it ("the Philippine Congress"), else its own text.</summary>
    internal static string WithArticle(AnalyzedSentence s, Mention mention)
    {
        var before = s.TokenAt(mention.Start) - 1;
        return s.Is(before, "the") ? s.Slice(s.Tokens[before].Start, mention.End) : mention.Text;
    }

    /// <summary>Whether <paramref name="mention"/> follows a place and a comma, perhaps with a word of direction: "Yongsan, central Seoul", "Yongsan District, central Seoul".</summary>
    private static bool AfterPlace(AnalyzedSentence s, Mention mention)
    {
        var k = s.TokenAt(mention.Start) - 1;
        if (s.IsAny(k, "central", "northern", "southern", "eastern", "western", "downtown"))
        {
            k--;
        }

        return s.Word(k) == "," && PlaceBeforeComma(s, k) is not null;
    }

    /// <summary>
    /// The place that ends just before the comma at token <paramref name="comma"/>, an administrative noun after it
    /// allowed ("Yongsan District, central Seoul"), or null.
    /// </summary>
    internal static Mention? PlaceBeforeComma(AnalyzedSentence s, int comma)
    {
        var last = s.IsAny(comma - 1, "District", "Province", "Prefecture", "County", "Ward", "Region") ? comma - 2 : comma - 1;
        return s.MentionCovering(last, MentionKind.Place) is { } place && s.TokenAt(place.End) == last + 1 ? place : null;
    }

    private static bool IsPlace(AnalyzedSentence s, Mention mention, Reading.Dateline? dateline)
    {
        if (dateline is not null && mention.Start >= dateline.PlaceRange.Start && mention.End <= dateline.Range.End)
        {
            return true;
        }

        var after = s.TokenAt(mention.End);
        if (after < s.Tokens.Count && s.Tokens[after].Kind == TokenKind.Possessive)
        {
            return false; // "Moscow's allies", "Tokyo's alignment": the government
        }

        if (s.Word(after) == "," && s.Is(after + 1, "where"))
        {
            return true; // "watching Kyiv, where Kishida met Zelensky": somewhere things happen
        }

        if (AfterPlace(s, mention))
        {
            return true; // "in Yongsan, central Seoul": the city a place is in
        }

        var before = s.TokenAt(mention.Start) - 1;
        if (s.IsAny(before, "capital", "city") || (s.Word(before) == "," && s.IsAny(before - 1, "capital", "city")))
        {
            return true; // "in the Turkmen capital Ashgabat", "the Ukrainian capital, Kyiv": the city, named as one
        }

        if (s.Is(before, "the"))
        {
            before--;
        }

        if (s.Is(before, "of") && PartsOfPlace.Contains(s.Word(before - 1)))
        {
            return true;
        }

        if (s.Is(before, "for") && s.IsAny(before - 1, "left", "leaves", "leave", "leaving", "departed", "departs", "depart", "bound", "headed", "heads", "flew", "set"))
        {
            return true; // "Modi left for Buenos Aires last night", "headed for Tokyo": where one travels
        }

        if (!Locatives.Contains(s.Word(before)))
        {
            return false;
        }

        // "officials in Washington", "diplomats in Beijing": the government.
        return !s.IsAny(before - 1, "officials", "diplomats", "authorities", "sources", "analysts", "observers", "lawmakers");
    }
}
