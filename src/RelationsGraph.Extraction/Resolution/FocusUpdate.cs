using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Who and what the text is about after each sentence, for <see cref="ReferenceResolution"/>: the leaders in focus
/// (the last coordinated run, "X and Y agreed", with a host or a guest received by them, unless all of them are
/// leaders of the past named once a focus is set; else the leaders of a sentence about a meeting), the last pair of
/// them, the countries in focus and the last subject.
/// </summary>
/// <param name="discourse">The discourse of the article being read, which this updates.</param>
internal sealed class FocusUpdate(Discourse discourse)
{
    // Scratch lists for one sentence at a time (a resolver reads one article on one thread): each result is copied
    // into the discourse before the next sentence.
    private readonly List<Mention> references = [];
    private readonly List<Mention> countryMentions = [];
    private readonly List<string> run = [];
    private readonly List<string> best = [];
    private readonly List<string> distinct = [];

    /// <summary>Updates the discourse's focus, its countries and its last subject from sentence <paramref name="s"/>, once its references are resolved.</summary>
    public void Update(AnalyzedSentence s)
    {
        Discourse.LeaderReferences(s, references);
        if (FirstSubject(s, references)?.NodeId is { } id)
        {
            discourse.LastSubject = id;
        }

        ResolvedCountries(s, countryMentions);
        var countries = Coordinated(s, countryMentions);
        if (countries.Count >= 2)
        {
            Replace(discourse.FocusCountries, countries);
            discourse.FocusCountriesAt = s.Index;
        }

        var coordinated = Coordinated(s, references);

        // "the 1998 Joint Declaration issued by then Prime Minister Keizo Obuchi and then President Kim Dae-jung": leaders
        // of the past named together in passing do not take the focus from the story's own, so "The two leaders also
        // agreed ..." after it are still Kishida and Yoon. A story about former leaders still has them as its first focus.
        if (coordinated.Count >= 2 && discourse.Focus.Count > 0 && coordinated.TrueForAll(discourse.Former.Contains))
        {
            return;
        }

        if (coordinated.Count >= 2)
        {
            // "Kishida hosted Biden, Modi and Albanese": the host is one of "the leaders" too, and so is the guest in
            // "he was received by Indian President Droupadi Murmu and Prime Minister Modi".
            if (FirstSubject(s, references) is { NodeId: { } host } subject && !coordinated.Contains(host) && (Hosts(s, subject) || ReceivedBy(s)))
            {
                coordinated.Insert(0, host);
            }

            SetFocus(coordinated, s.Index);
            return;
        }

        distinct.Clear();
        foreach (var reference in references)
        {
            AddDistinct(distinct, reference.NodeId!);
        }

        if (distinct.Count >= 2 && HasMeetingWord(s))
        {
            SetFocus(distinct, s.Index);
        }
    }

    private void SetFocus(List<string> leaders, int sentence)
    {
        Replace(discourse.Focus, leaders);
        discourse.FocusAt = sentence;
        if (leaders.Count == 2)
        {
            Replace(discourse.PairFocus, leaders);
        }
    }

    /// <summary>The first reference that is not an object: the subject.</summary>
    private static Mention? FirstSubject(AnalyzedSentence s, List<Mention> references)
    {
        foreach (var m in references)
        {
            if (!IsObject(s, m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Fills <paramref name="countries"/> with the sentence's country mentions that resolved to a node.</summary>
    private static void ResolvedCountries(AnalyzedSentence s, List<Mention> countries)
    {
        countries.Clear();
        foreach (var m in s.MentionSpanOf(MentionKind.Country))
        {
            if (m.NodeId is not null)
            {
                countries.Add(m);
            }
        }
    }

    /// <summary>
    /// Whether the subject's verb brings it together with the others: "Kishida hosted Biden, Modi and Albanese", "Xi
    /// met ...", "He will then join Biden and Marcos".
    /// </summary>
    private static bool Hosts(AnalyzedSentence s, Mention subject)
    {
        var k = s.TokenAt(subject.PhraseEnd);
        while (s.IsAny(k, "will", "would", "then", "also", "is", "was", "to", "later"))
        {
            k++;
        }

        return s.IsAny(k, "hosted", "welcomed", "received", "met", "invited", "hosts", "welcomes", "receives", "meets", "meet", "host", "join", "joins", "joined");
    }

    /// <summary>Whether the sentence says someone was "received by", "welcomed by", "greeted by" or "met by" others.</summary>
    private static bool ReceivedBy(AnalyzedSentence s)
    {
        for (var i = 1; i < s.Tokens.Count; i++)
        {
            if (s.Is(i, "by") && s.IsAny(i - 1, "received", "welcomed", "greeted", "met"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMeetingWord(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.IsAny(i, "met", "meet", "meets", "talks", "meeting", "summit", "told", "hosted", "welcomed", "join", "call", "spoke", "talked", "phone", "telephone")
                && !(s.Is(i, "talks") && s.IsAny(i - 1, "peace", "ceasefire")))
            {
                // "Xi called for peace talks but made no commitment to speak with Zelensky": talks of others, not a meeting of the two.
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The longest run of leader references joined by "and" or commas ("X, Y and Z agreed"): a scratch list of this
    /// object's, valid until the next call.
    /// </summary>
    private List<string> Coordinated(AnalyzedSentence s, List<Mention> references)
    {
        // The run's distinct ids, in order: runs are short, so a list beats a hash set, and the best run is copied only when it grows.
        best.Clear();
        run.Clear();
        for (var k = 0; k < references.Count; k++)
        {
            if (!(k > 0 && Rules.Grammar.Joins(s, references[k - 1], references[k])))
            {
                run.Clear();
            }

            AddDistinct(run, references[k].NodeId!);
            if (run.Count > best.Count)
            {
                best.Clear();
                best.AddRange(run);
            }
        }

        return best;
    }

    /// <summary>Adds <paramref name="item"/> to <paramref name="list"/> unless it is there: for the handful of ids a sentence has.</summary>
    public static void AddDistinct(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static void Replace(List<string> list, List<string> items)
    {
        list.Clear();
        list.AddRange(items);
    }

    /// <summary>Whether the reference is the object of a preposition or of a verb of speaking to or meeting.</summary>
    public static bool IsObject(AnalyzedSentence s, Mention m)
    {
        var before = s.TokenAt(m.PhraseStart) - 1;
        return s.IsAny(before, "with", "to", "by", "told", "urged", "met", "and", "hosted", "welcomed", "join", "of", "for", "meet");
    }
}
