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
        if (countries.Count >= 2 && !OnlyOfThePast(references))
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
                && (Hosts(s, subject) || ReceivedBy(s) || (bestStart is not null && WithSubject(s, subject, bestStart))))
            {
                coordinated.Insert(0, host);
            }

            SetFocus(coordinated, s.Index);
            return;
        }

        // "It was the first meeting between the two ministers since Kamikawa ... succeeded Yoshimasa Hayashi": leaders
        // named after a group are not whom the group means unless a verb of meeting joins them ("The last meeting
        // between the leaders ... was in November, when Jacinda Ardern met Xi").
        distinct.Clear();
        var group = FirstGroupStart(s);
        var afterGroup = group < int.MaxValue && MetAfter(s, group);
        var clauseEnd = TimeClauseAfterMeeting(s);
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
        if (distinct.Count >= 2 && HasMeetingWord(s) && !past)
        {
            SetFocus(distinct, s.Index);
        }
    }

    /// <summary>
    /// Whether a run of leaders named together leaves the focus where it is, as a story's pair is not replaced by those
    /// named in passing: a run of leaders of the past ("the 1998 Joint Declaration issued by then Prime Minister Keizo
    /// Obuchi and then President Kim Dae-jung"), a run with one after "of" or "by" ("signed in the presence of Mr Lee and
    /// then Indonesian President Susilo Bambang Yudhoyono"), a run of examples ("among the leaders ..., including Sri
    /// Lankan President Ranil Wickremesinghe and Maldives President Mohamed Muizzu"), and a run of ministers while the
    /// focus has none ("Transport Minister S. Iswaran and his Indonesian counterpart Budi Karya Sumadi" in a story of Lee
    /// and Widodo), so that "The two leaders also agreed ..." after them are still the story's pair. The first run of a
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

        return coordinated.TrueForAll(discourse.Ministers.Contains) && !discourse.Focus.Exists(discourse.Ministers.Contains);
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

    /// <summary>Whether a verb of meeting ("met", "held talks") follows offset <paramref name="start"/> in the sentence.</summary>
    private static bool MetAfter(AnalyzedSentence s, int start)
    {
        for (var k = s.TokenAt(start); k < s.Tokens.Count; k++)
        {
            if (s.IsAny(k, "met", "meets") || (s.IsAny(k, "held", "hold", "holds") && s.Is(k + 1, "talks")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the sentence's first group of leaders ("the two leaders") starts, or the sentence's end when it has none.</summary>
    private static int FirstGroupStart(AnalyzedSentence s)
    {
        foreach (var m in s.MentionSpanOf(MentionKind.LeaderGroup))
        {
            return m.Start;
        }

        return int.MaxValue;
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

    /// <summary>
    /// Whether the run starting at <paramref name="run"/> is what the subject is with: "President Biden walks with Japanese
    /// Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol", "Biden spent Friday ... with two guests he
    /// has worked hard to bring together: Kishida and Yoon". Not when the subject meets them one by one ("Biden held
    /// separate talks with Modi and Albanese, while Kishida also met both men").
    /// </summary>
    private static bool WithSubject(AnalyzedSentence s, Mention subject, Mention run)
    {
        var before = s.TokenAt(run.PhraseStart) - 1;
        var with = false;
        for (var k = s.TokenAt(subject.PhraseEnd); k <= before; k++)
        {
            if (s.IsAny(k, "separate", "separately"))
            {
                return false;
            }

            with |= s.Is(k, "with");
        }

        return s.Is(before, "with") || (with && s.Is(before, ":"));
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

    /// <summary>
    /// Where a clause of time with a leader as its subject opens after the sentence's first meeting word, or the
    /// sentence's end: "Biden held ... his last face-to-face meeting with Chinese leader Xi Jinping ... before
    /// President-elect Donald Trump returns to the White House" is a meeting of two, not of three.
    /// </summary>
    private static int TimeClauseAfterMeeting(AnalyzedSentence s)
    {
        var meeting = false;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (meeting && s.IsAny(i, "before", "after", "until") && LeaderOpensAt(s, i + 1))
            {
                return s.Tokens[i].Start;
            }

            meeting |= IsMeetingWord(s, i);
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Whether a reference to a leader, or the title or demonym that opens one, starts at token <paramref name="k"/>: the
    /// subject of a clause ("before President-elect Donald Trump returns"), not "after the meeting".
    /// </summary>
    private static bool LeaderOpensAt(AnalyzedSentence s, int k)
    {
        if (k >= s.Tokens.Count)
        {
            return false;
        }

        var start = s.Tokens[k].Start;
        foreach (var m in s.MentionSpan)
        {
            if (m.PhraseStart == start && (ReferenceResolution.IsLeaderReference(m) || m.Kind is MentionKind.Title or MentionKind.Demonym))
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
            if (IsMeetingWord(s, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMeetingWord(AnalyzedSentence s, int i) =>
        s.IsAny(i, "met", "meet", "meets", "talks", "meeting", "summit", "told", "hosted", "welcomed", "join", "call", "spoke", "talked", "phone", "telephone")
        // "Xi called for peace talks but made no commitment to speak with Zelensky": talks of others, not a meeting of the two.
        && !(s.Is(i, "talks") && s.IsAny(i - 1, "peace", "ceasefire"));

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

            if (previous is null || !Rules.Grammar.Joins(s, previous, references[k]))
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
