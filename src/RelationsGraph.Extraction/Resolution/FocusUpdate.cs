using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Who and what the text is about after each sentence, for <see cref="ReferenceResolution"/>: the leaders in focus
/// (the last coordinated run, "X and Y agreed", with a host or a guest received by them, unless all of them are
/// leaders of the past named once a focus is set; else the leaders of a sentence about a meeting), the last pair of
/// them, the countries in focus and the last subject.
/// </summary>
/// <param name="discourse">The discourse of the article being read, which this updates.</param>
/// <param name="entities">The article's entities, for the countries of its leaders.</param>
internal sealed class FocusUpdate(Discourse discourse, ArticleEntities entities)
{
    // Scratch lists for one sentence at a time (a resolver reads one article on one thread): each result is copied
    // into the discourse before the next sentence.
    private readonly List<Mention> references = [];
    private readonly List<Mention> countryMentions = [];
    private readonly List<string> run = [];
    private readonly List<string> best = [];
    private readonly List<string> distinct = [];

    /// <summary>The first reference of the run <see cref="Coordinated"/> last returned.</summary>
    private Mention? bestStart;

    /// <summary>Updates the discourse's focus, its countries and its last subject from sentence <paramref name="s"/>, once its references are resolved.</summary>
    public void Update(AnalyzedSentence s)
    {
        Discourse.LeaderReferences(s, references);
        if (FirstSubject(s, references)?.NodeId is { } id)
        {
            discourse.LastSubject = id;
            discourse.LastObjectOnly = null;
        }
        else if (references.Count > 0)
        {
            discourse.LastObjectOnly = OnlyLeader(references);
        }

        ResolvedCountries(s, countryMentions);
        var countries = Coordinated(s, countryMentions);
        if (countries.Count >= 2 && !OnlyOfThePast(references) && !PlacesApartFromTheFocus(s, countries))
        {
            Replace(discourse.FocusCountries, countries);
            discourse.FocusCountriesAt = s.Index;
        }

        var coordinated = Coordinated(s, references);

        if (coordinated.Count >= 2 && KeepsFocus(s, coordinated))
        {
            return;
        }

        if (coordinated.Count >= 2)
        {
            // "Kishida hosted Biden, Modi and Albanese": the host is one of "the leaders" too, and so is the guest in
            // "he was received by Indian President Droupadi Murmu and Prime Minister Modi".
            if (FirstSubject(s, references) is { NodeId: { } host } subject && !coordinated.Contains(host)
                && (FocusClauses.Hosts(s, subject) || FocusClauses.ReceivedBy(s) || (bestStart is not null && FocusClauses.WithSubject(s, subject, bestStart))))
            {
                coordinated.Insert(0, host);
            }

            SetFocus(coordinated, s.Index);
            return;
        }

        // "It was the first meeting between the two ministers since Kamikawa ... succeeded Yoshimasa Hayashi": leaders
        // named after a group are not whom the group means unless a verb of meeting after them joins them ("The last
        // meeting between the leaders ... was in November, when Jacinda Ardern met Xi"). The group's own verb does not:
        // "The two leaders last met in Tokyo ..., on the sidelines of the state funeral of former Japanese Prime
        // Minister Shinzo Abe, which President Wickremesinghe attended" is no meeting of Abe and Wickremesinghe.
        distinct.Clear();
        var group = FocusClauses.FirstGroupStart(s);
        var afterGroup = group < int.MaxValue && FirstAfter(references, group) is { } named && FocusClauses.MetAfter(s, named.End);
        var clauseEnd = FocusClauses.TimeClauseAfterMeeting(s);
        foreach (var reference in references)
        {
            if ((reference.Start < group || afterGroup) && reference.Start < clauseEnd)
            {
                AddDistinct(distinct, reference.NodeId!);
            }
        }

        // "Putin last traveled to Pyongyang in July 2000, ... when he held talks with Kim Jong Il": a meeting with a leader
        // of the past does not take the focus from the story's leaders ("The two leaders last met in September 2023"),
        // unless the sentence's own group means them ("The last meeting between the two ministers was in July, when
        // Yoshimasa Hayashi, then foreign minister, met Wang").
        var past = !afterGroup && discourse.Focus.Count > 0 && distinct.Exists(discourse.Former.Contains) && !discourse.Focus.Exists(discourse.Former.Contains);
        if (distinct.Count >= 2 && FocusClauses.HasMeetingWord(s) && !past && !OneSideOfTheFocus(distinct))
        {
            SetFocus(distinct, s.Index);
        }
    }

    /// <summary>The first of <paramref name="references"/> that starts after offset <paramref name="start"/>, or null.</summary>
    private static Mention? FirstAfter(List<Mention> references, int start)
    {
        foreach (var reference in references)
        {
            if (reference.Start > start)
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a run of leaders named together leaves the focus where it is, as a story's pair is not replaced by those
    /// named in passing: a run of leaders of the past ("the 1998 Joint Declaration issued by then Prime Minister Keizo
    /// Obuchi and then President Kim Dae-jung"), a run with one after "of" or "by" ("signed in the presence of Mr Lee and
    /// then Indonesian President Susilo Bambang Yudhoyono"), a run of examples ("among the leaders ..., including Sri
    /// Lankan President Ranil Wickremesinghe and Maldives President Mohamed Muizzu"), and a run of ministers while the
    /// focus has none ("Transport Minister S. Iswaran and his Indonesian counterpart Budi Karya Sumadi" in a story of Lee
    /// and Widodo), and a run of one side's leaders with one of the focus among them (the host's president and prime
    /// minister receiving the guest), so that "The two leaders also agreed ..." after them are still the story's pair. The first run of a
    /// story takes the focus whoever it names, and a run with a past leader as its subject takes it too ("Kishida and
    /// Moon had not spoken since 2019").
    /// </summary>
    private bool KeepsFocus(AnalyzedSentence s, List<string> coordinated)
    {
        if (discourse.Focus.Count == 0)
        {
            return false;
        }

        if (coordinated.TrueForAll(discourse.Former.Contains)
            || (coordinated.Exists(discourse.Former.Contains) && bestStart is not null && AfterOfOrBy(s, bestStart)))
        {
            return true;
        }

        if (bestStart is not null && ListsExamples(s, bestStart))
        {
            return true; // "the leaders ..., including Sri Lankan President Ranil Wickremesinghe and Maldives President Mohamed Muizzu"
        }

        if (coordinated.Exists(discourse.Focus.Contains) && OneSideOfTheFocus(coordinated))
        {
            return true; // "(Erdogan) was received ... by President Asif Ali Zardari and Prime Minister Shehbaz Sharif": the host's side
        }

        return coordinated.TrueForAll(discourse.Ministers.Contains) && !discourse.Focus.Exists(discourse.Ministers.Contains);
    }

    /// <summary>
    /// Whether <paramref name="leaders"/>, named in one sentence but not together, speak of one side of the story's
    /// meeting rather than of a new pair: "Foreign Minister Alberto van Klaveren, who accompanied Boric, told reporters
    /// that the conversation had covered ..." names a minister and one of the leaders in focus (when the focus has no
    /// minister), or leaders all of one country while the focus has leaders of more than one.
    /// </summary>
    private bool OneSideOfTheFocus(List<string> leaders)
    {
        if (discourse.Focus.Count < 2)
        {
            return false;
        }

        if (leaders.Exists(discourse.Ministers.Contains) && !discourse.Focus.Exists(discourse.Ministers.Contains)
            && leaders.TrueForAll(id => discourse.Ministers.Contains(id) || discourse.Focus.Contains(id)))
        {
            return true;
        }

        var country = entities.CountryOf(leaders[0]);
        return country is not null && leaders.TrueForAll(id => entities.CountryOf(id) == country)
            && discourse.Focus.Exists(id => entities.CountryOf(id) is { } other && other != country);
    }

    /// <summary>
    /// Whether the sentence names leaders, all of them of the past, once the story has a focus: the countries it names
    /// together are not the story's sides ("The last Chinese premier to visit was Li Keqiang, who travelled to Australia
    /// and New Zealand in 2017" does not make them "the two countries").
    /// </summary>
    private bool OnlyOfThePast(List<Mention> references)
    {
        if (discourse.Focus.Count == 0 || references.Count == 0)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (!discourse.Former.Contains(reference.NodeId!))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Prepositions after which countries are where someone goes or is, not sides ("took him to Malaysia and Indonesia").</summary>
    private static readonly string[] PlacePrepositions = ["to", "in", "from", "through", "via", "across", "around", "into"];

    /// <summary>
    /// Whether the run of <paramref name="countries"/> (the last <see cref="Coordinated"/> run) follows a preposition of
    /// place and has none of the countries of the leaders in focus: "a three-nation tour, which earlier took him to
    /// Malaysia and Indonesia" names stops of the guest's, so "the two sides" after it are still the story's ("Li Qiang
    /// later travelled to Australia and New Zealand", after his talks with Albanese, names one of them and may be).
    /// </summary>
    private bool PlacesApartFromTheFocus(AnalyzedSentence s, List<string> countries)
    {
        if (bestStart is null || discourse.Focus.Count < 2)
        {
            return false;
        }

        var k = s.TokenAt(bestStart.Start) - 1;
        if (s.Is(k, "the"))
        {
            k--;
        }

        return s.IsAny(k, PlacePrepositions) && !discourse.Focus.Exists(id => entities.CountryOf(id) is { } country && countries.Contains(country));
    }

    /// <summary>The one leader all of <paramref name="references"/> refer to, or null when they refer to more (a loop: a lambda here cost a closure per sentence).</summary>
    private static string? OnlyLeader(List<Mention> references)
    {
        var only = references[0].NodeId;
        for (var i = 1; i < references.Count; i++)
        {
            if (!string.Equals(references[i].NodeId, only, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return only;
    }

    /// <summary>Whether the run starting at <paramref name="reference"/> gives examples of others: after "including" or "such as".</summary>
    private static bool ListsExamples(AnalyzedSentence s, Mention reference)
    {
        var k = s.TokenAt(reference.PhraseStart) - 1;
        return s.Is(k, "including") || (s.Is(k, "as") && s.Is(k - 1, "such"));
    }

    /// <summary>Whether "of" or "by" comes just before the reference, past an honorific ("in the presence of Mr Lee").</summary>
    private static bool AfterOfOrBy(AnalyzedSentence s, Mention reference)
    {
        var k = s.TokenAt(reference.PhraseStart) - 1;
        if (k >= 0 && Words.Honorifics.Contains(s.Word(k)))
        {
            k--;
        }

        return s.IsAny(k, "of", "by");
    }

    private void SetFocus(List<string> leaders, int sentence)
    {
        Replace(discourse.Focus, leaders);
        discourse.FocusAt = sentence;
        Replace(leaders.Count == 2 ? discourse.PairFocus : discourse.GroupFocus, leaders);
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
    /// The longest run of leader references joined by "and" or commas ("X, Y and Z agreed"): a scratch list of this
    /// object's, valid until the next call.
    /// </summary>
    private List<string> Coordinated(AnalyzedSentence s, List<Mention> references)
    {
        // The run's distinct ids, in order: runs are short, so a list beats a hash set, and the best run is copied only when it grows.
        best.Clear();
        run.Clear();
        bestStart = null;
        Mention? previous = null;
        Mention? runStart = null;
        for (var k = 0; k < references.Count; k++)
        {
            if (k + 1 < references.Count && IsDeterminerOf(s, references[k], references[k + 1]))
            {
                // "S. Iswaran and his Indonesian counterpart Budi Karya Sumadi": "his" is part of the counterpart's phrase, not one more leader.
                continue;
            }

            if (previous is null || !Rules.Coordination.Joins(s, previous, references[k]))
            {
                run.Clear();
                runStart = references[k];
            }

            previous = references[k];
            AddDistinct(run, references[k].NodeId!);
            if (run.Count > best.Count)
            {
                best.Clear();
                best.AddRange(run);
                bestStart = runStart;
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="pronoun"/> is the possessive that opens the phrase of <paramref name="next"/> ("his Indonesian counterpart Budi Karya Sumadi").</summary>
    private static bool IsDeterminerOf(AnalyzedSentence s, Mention pronoun, Mention next) =>
        pronoun.Kind == MentionKind.Pronoun && pronoun.Text is "his" or "her" or "His" or "Her"
        && pronoun.End <= next.PhraseStart && s.TokenAt(pronoun.End) == s.TokenAt(next.PhraseStart);

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
