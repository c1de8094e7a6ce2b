using System.Runtime.InteropServices;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>What the resolver remembers while it reads an article: who was named, who the text is about, which documents came up.</summary>
internal sealed class Discourse
{
    /// <summary>Leaders in the order the article first refers to them.</summary>
    public List<string> Leaders { get; } = [];

    /// <summary>How many of <see cref="Leaders"/> earlier sentences named: the rest are first named in the sentence being resolved.</summary>
    public int LeadersBeforeSentence { get; set; }

    /// <summary>The leaders the text is about: the last coordinated pair ("X and Y agreed") or meeting parties.</summary>
    public List<string> Focus { get; } = [];

    /// <summary>The sentence that set <see cref="Focus"/>.</summary>
    public int FocusAt { get; set; } = -1;

    /// <summary>
    /// The last <see cref="Focus"/> of exactly two leaders: "the two leaders" after a sentence that named three ("he
    /// was received by President Murmu and Prime Minister Modi") are still the story's pair.
    /// </summary>
    public List<string> PairFocus { get; } = [];

    /// <summary>
    /// The last <see cref="Focus"/> of three or more leaders: "The three leaders also met briefly in Hiroshima" after
    /// sentences about two of them are still the story's three.
    /// </summary>
    public List<string> GroupFocus { get; } = [];

    /// <summary>The countries the text is about, when it names them together ("Japan and South Korea normalized ...").</summary>
    public List<string> FocusCountries { get; } = [];

    /// <summary>The sentence that set <see cref="FocusCountries"/>.</summary>
    public int FocusCountriesAt { get; set; } = -1;

    /// <summary>The subject of the most recent sentence that had a leader as subject, for "he".</summary>
    public string? LastSubject { get; set; }

    /// <summary>
    /// The one leader the most recent sentence naming leaders named, when it named that one only and not as its subject
    /// ("The Seoul summit capped a busy stretch of diplomacy for Yoon."): the "he" of the next sentence. Null otherwise.
    /// </summary>
    public string? LastObjectOnly { get; set; }

    /// <summary>Documents referred to so far, most recent last, with the text of the mention.</summary>
    public List<(string Id, string Text, PartialDate? Year)> Documents { get; } = [];

    /// <summary>Leaders the text calls former ("then President Kim Dae-jung", "former Prime Minister Abe").</summary>
    public HashSet<string> Former { get; } = new(StringComparer.Ordinal);

    /// <summary>The first <paramref name="named"/> leaders the article named, those of the past (<see cref="Former"/>) left out.</summary>
    public List<string> Serving(int named) => [.. Leaders.Take(named).Where(id => !Former.Contains(id))];

    /// <summary>Leaders the text titles as ministers or secretaries ("Transport Minister S. Iswaran", "Secretary of State Antony Blinken").</summary>
    public HashSet<string> Ministers { get; } = new(StringComparer.Ordinal);

    /// <summary>Surnames of leaders the knowledge base does not know, to their ids.</summary>
    public Dictionary<string, string> Surnames { get; } = new(StringComparer.Ordinal);

    /// <summary>First words of names written given name first ("Abiy" of Abiy Ahmed), to their ids: read after <see cref="Surnames"/>.</summary>
    public Dictionary<string, string> GivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>First words of Arabic names with a father's ("Mohamed" of Mohamed bin Zayed), read only after a style: "Sheikh Mohamed".</summary>
    public Dictionary<string, string> StyledNames { get; } = new(StringComparer.Ordinal);

    /// <summary>How many times the text has named each leader so far (by name, not by role or pronoun).</summary>
    private readonly Dictionary<string, int> timesNamed = new(StringComparer.Ordinal);

    /// <summary>Notes a naming of leader <paramref name="id"/>: the first adds it to <see cref="Leaders"/>.</summary>
    public void SawLeader(string id)
    {
        ref var times = ref CollectionsMarshal.GetValueRefOrAddDefault(timesNamed, id, out _);
        times++;
        if (!Leaders.Contains(id))
        {
            Leaders.Add(id);
        }
    }

    /// <summary>How many times the text has named leader <paramref name="id"/> so far.</summary>
    public int TimesNamed(string id) => timesNamed.GetValueOrDefault(id);

    /// <summary>Fills <paramref name="references"/> with the leader references of a sentence, resolved to one leader each, in text order.</summary>
    public static void LeaderReferences(AnalyzedSentence s, List<Mention> references)
    {
        references.Clear();
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Leader or MentionKind.Role or MentionKind.Pronoun && m.NodeId is not null)
            {
                references.Add(m);
            }
        }
    }

    /// <summary>The leader the story last spoke of who is not <paramref name="self"/>: its last object, its last subject, then its focus.</summary>
    public string? OtherThan(string? self)
    {
        if (LastObjectOnly is { } lastObject && lastObject != self)
        {
            return lastObject;
        }

        if (LastSubject is { } lastSubject && lastSubject != self)
        {
            return lastSubject;
        }

        for (var k = Focus.Count - 1; k >= 0; k--)
        {
            if (Focus[k] != self)
            {
                return Focus[k];
            }
        }

        return null;
    }
}
