namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The prepositional phrases that complete an item of <see cref="TopicListPattern"/>'s enumerations ("supply chains
/// for semiconductors", "relations between Japan and South Korea"), and where a phrase read through a name ends.
/// </summary>
internal static class TopicComplement
{
    /// <summary>The most words the prepositional phrases completing one item hold together.</summary>
    private const int MaxComplementWords = 6;

    /// <summary>
    /// Whether token <paramref name="k"/> is "with" before a country, capital, leader or organization ("with Venezuela",
    /// "with the European Union"): the partner of what the subjects are done with, not which subject.
    /// </summary>
    public static bool WithWhom(AnalyzedSentence s, int k) =>
        s.Is(k, "with") && s.MentionStartingAt(s.Is(k + 1, "the") ? k + 2 : k + 1, MentionKind.Country, MentionKind.Capital, MentionKind.Leader, MentionKind.Organization) is not null;

    /// <summary>Prepositions whose phrase may complete an item ("supply chains for semiconductors", "human rights in Xinjiang").</summary>
    private static readonly HashSet<string> ComplementPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "on", "in", "over", "between", "with", "against", "from",
    };

    /// <summary>
    /// The last token of the item ending at <paramref name="last"/> with the prepositional phrases that complete it
    /// ("supply chains for semiconductors", "tariffs on Australian barley", "the resumption of imports of Japanese
    /// fishery products"), or <paramref name="last"/> when none does. A phrase completes the item only when the item
    /// can end after it (see <see cref="TopicWords.EndsItem"/>): "supply chains for critical minerals used in batteries" keeps
    /// "supply chains". A place or a date after "in", "on" or "at" says where or when, not what ("trade in Beijing").
    /// </summary>
    public static int End(AnalyzedSentence s, int last)
    {
        var end = last;
        var words = 0;
        for (var k = last + 1; IsComplementPreposition(s, k) && TopicCues.CueEnd(s, k - 1, out _) < 0; k = end + 1)
        {
            var preposition = k++; // not a cue's ("cooperation in defence and trade" is two subjects, not "cooperation in defence")
            if (s.IsAny(k, "the", "a", "an"))
            {
                k++;
            }

            if (s.IsAny(preposition, "in", "on", "at") && s.MentionStartingAt(k, MentionKind.Place, MentionKind.Capital, MentionKind.Date) is not null)
            {
                break;
            }

            if (s.Is(preposition, "between") && s.MentionStartingAt(preposition + 1, MentionKind.SideGroup) is not null && !TopicWords.Generic.Contains(s.Word(last)))
            {
                break; // "people-to-people exchanges between the two countries": whose, not which ("relations between the two countries" is which)
            }

            if (WithWhom(s, preposition) && !TopicWords.Generic.Contains(s.Word(last)))
            {
                break; // "discussed trade, energy and agriculture with Venezuela": with whom, not which ("cooperation with Venezuela" is which)
            }

            var phraseEnd = -1;
            var and = s.Is(preposition, "between");
            while (words < MaxComplementWords && k < s.Tokens.Count)
            {
                // "relations between Japan and South Korea": one "and" belongs to the phrase; so does one between two
                // names ("vaccinated travel lanes for Batam and Bintan").
                if (s.Is(k, "and") && phraseEnd >= 0 && (and || (TopicWords.IsOtherName(s, phraseEnd) && TopicWords.IsOtherName(s, k + 1))))
                {
                    and = false;
                    k++;
                    continue;
                }

                var named = s.MentionStartingAt(k, MentionKind.Country, MentionKind.Demonym, MentionKind.Topic, MentionKind.Place, MentionKind.Capital);
                if (named is null && s.Is(k, "the") && s.Is(k - 1, "and")
                    && s.MentionStartingAt(k + 1, MentionKind.Country, MentionKind.Place, MentionKind.Capital) is { } after)
                {
                    named = after; // "economic ties between Ireland and the US"
                }

                if (named is not null)
                {
                    phraseEnd = LastTokenOf(s, named, k);
                }
                else if (TopicWords.IsItemWord(s, k) || TopicWords.IsOtherName(s, k))
                {
                    phraseEnd = k;
                }
                else
                {
                    break;
                }

                words += phraseEnd - k + 1;
                k = phraseEnd + 1;
            }

            if (phraseEnd < 0 || (!TopicWords.EndsItem(s, phraseEnd + 1) && !IsComplementPreposition(s, phraseEnd + 1)))
            {
                break;
            }

            end = phraseEnd;
        }

        return end > last && TopicWords.EndsItem(s, end + 1) ? end : last;
    }

    /// <summary>
    /// The last token of <paramref name="mention"/>, which starts at token <paramref name="k"/>: that token itself when the
    /// mention ends inside it ("China" in "China-Japan"), so that a reader of the phrase always moves on.
    /// </summary>
    public static int LastTokenOf(AnalyzedSentence s, Mention mention, int k) => Math.Max(k, s.TokenEndingAt(mention.End));

    /// <summary>
    /// Whether token <paramref name="k"/> opens a phrase that completes an item: one of <see cref="ComplementPrepositions"/>,
    /// or "to" before a name ("the blocking of Philippine resupply missions to Ayungin Shoal"; "efforts to resolve"
    /// is no such phrase).
    /// </summary>
    private static bool IsComplementPreposition(AnalyzedSentence s, int k) =>
        ComplementPrepositions.Contains(s.Word(k)) || (s.Is(k, "to") && TopicWords.IsOtherName(s, k + 1));
}
