namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Topics the lexicon does not know, read from an enumeration of subjects after a cue of discussion or
/// cooperation: "cooperation in defence, trade, critical technologies and clean energy", "in areas such as green
/// economy, medical care and elderly care", "discussed trade, health and the digital partnership".
/// </summary>
/// <remarks>
/// <para>
/// An item is a short lower-case noun phrase (one to three words, after an optional "the", "a" or "an"), or a topic
/// the lexicon already found, completed by the prepositional phrases that say which ("supply chains for
/// semiconductors", "tariffs on Australian barley", "relations between Japan and South Korea"; up to six words,
/// never a place or date after "in", "on" or "at"); items are separated by commas, "and" or "as well as". After
/// "cooperation in" and the like only an enumeration of two or more items counts: a single phrase there is as often a
/// place or a manner ("cooperation in the region", "cooperation in earnest") as a subject. After a verb of discussing
/// or raising ("discussed", "raised", "exchanged views on", "talks dominated by") one item is enough. An item cut
/// short by what follows it ("supply chains for critical minerals used in batteries") keeps only what comes before
/// the phrase, and an item made only of a generic noun ("areas", "the situation") is none, unless its phrase names
/// something the lexicon does not ("the situation in East Asia", but "the situation in the South China Sea" is the
/// sea's topic).
/// </para>
/// <para>
/// Each new item becomes a <see cref="MentionKind.Topic"/> mention whose candidate is the phrase without its
/// article, so the resolver gives it a topic node named as written; an item that completes a lexicon topic replaces
/// its mention. Runs after the gazetteers, over the tokens of one sentence, in time linear in their number.
/// </para>
/// </remarks>
internal static class TopicListPattern
{
    private const int MaxItemWords = 3;

    /// <summary>Adds a topic mention for each new item of each enumeration in <paramref name="s"/>.</summary>
    public static void Find(AnalyzedSentence s)
    {
        var tokens = s.Tokens;
        List<(int First, int Last)>? items = null; // made at the first cue: most sentences have none
        if (AgendaSubjects.Opens(s) is { } initial)
        {
            items = [];
            if (AgendaSubjects.IsPredicate(s, ReadItems(s, initial, items, initial)))
            {
                AddMentions(s, items);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var start = TopicCues.CueEnd(s, i, out var single);
            if (start < 0 || InDocumentDescription(s, i))
            {
                continue;
            }

            items ??= [];
            items.Clear();
            var next = ReadItems(s, TopicCues.SkipLead(s, start), items);
            if (items.Count >= 2)
            {
                AddMentions(s, items);
                i = Math.Max(i, next - 1);
            }
            else if (items.Count == 1 && single && !(Introduces(s, next) && IsVague(s, items[0])))
            {
                // One subject, and the examples it introduces: "discussed economic cooperation, including infrastructure".
                // "opportunities in various fields, including energy, trade ..." names none before its examples, which
                // the cue "fields including" reads.
                AddMentions(s, items);
                if (Introduces(s, next))
                {
                    items.Clear();
                    var end = ReadItems(s, s.Is(next, "such") ? next + 2 : next + 1, items);
                    AddMentions(s, items);
                    i = Math.Max(i, end - 1);
                }
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is in the phrase that describes a document ("a memorandum on cooperation in the
    /// regulation of medical products"): what the document covers, not what the leaders discussed.
    /// </summary>
    private static bool InDocumentDescription(AnalyzedSentence s, int k)
    {
        var at = s.Tokens[k].Start;
        foreach (var document in s.MentionSpanOf(MentionKind.Document))
        {
            if (document.End <= at && at < document.PhraseEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an item names no subject before the examples that follow it: a generic noun ("areas", "cooperation")
    /// alone or with only words of number or weight ("various fields", "several key areas"). "economic cooperation"
    /// names one.
    /// </summary>
    private static bool IsVague(AnalyzedSentence s, (int First, int Last) item)
    {
        if (!TopicWords.Generic.Contains(s.Word(item.Last)))
        {
            return false;
        }

        for (var k = item.First; k < item.Last; k++)
        {
            if (!TopicWords.Vague.Contains(s.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words at <paramref name="k"/> introduce examples of what precedes ("opportunities in various fields, including energy, ...").</summary>
    private static bool Introduces(AnalyzedSentence s, int k) =>
        s.IsAny(k, "including", "like") || (s.Is(k, "such") && s.Is(k + 1, "as"));

    /// <summary>
    /// Reads items from token <paramref name="k"/> into <paramref name="items"/>; returns the token after the enumeration.
    /// Token <paramref name="initial"/> (or none, -1) opens the sentence's subjects, so it may be capitalised and a verb
    /// ends the list ("Trade and investment were also discussed").
    /// </summary>
    private static int ReadItems(AnalyzedSentence s, int k, List<(int First, int Last)> items, int initial = -1)
    {
        while (true)
        {
            var last = ReadItem(s, k, out var first, initial);
            if (last < 0)
            {
                return k;
            }

            if (SharesHead(s, last, out var shared))
            {
                last = shared; // "regional and international affairs", "the latest regional and international developments": one subject, two modifiers
            }
            else if (PairInList(s, first, last) is { } pair)
            {
                last = pair; // "energy security, trade and investment, defence and security, healthcare": one subject each
            }
            else if (last == first && TopicWords.IsAdjective(s.Word(first)) && s.MentionStartingAt(first, MentionKind.Topic) is null)
            {
                return k; // "political, defence, security, economic and cultural ties": a modifier alone is no subject
            }

            if (s.IsAny(last, "fields", "areas", "sectors", "domains", "spheres"))
            {
                return k; // "the economic and scientific fields" names where, not what
            }

            var after = last + 1;
            if (s.IsAny(after, "and", "or") && s.IsAny(after + 1, "beyond", "elsewhere", "abroad"))
            {
                items.Add((first, last));
                return after + 2; // "the security environment in the region and beyond": an adverb of place ends the list
            }

            if (after >= s.Tokens.Count || s.IsAny(after, ".", ";", ":", ")", "amid", "while", "which", "that", "to") || TopicWords.Closers.Contains(s.Word(after))
                || TopicComplement.WithWhom(s, after)
                || (initial >= 0 && AgendaSubjects.IsVerb(s, after)))
            {
                items.Add((first, last));
                return after;
            }

            var next = Separator(s, after);
            if (next < 0)
            {
                return after; // cut short ("supply chains for critical minerals"): the item is not whole
            }

            items.Add((first, last));
            k = next;
            if (s.Is(after, ",") && AgendaSubjects.SkipAppositive(s, next) is var verb and >= 0)
            {
                return verb; // "Food security, a priority of the new government, was also on the table": no item
            }
        }
    }

    /// <summary>The token after the separator at <paramref name="k"/> (",", "and", ", and", "as well as"), or -1 when none is there.</summary>
    private static int Separator(AnalyzedSentence s, int k)
    {
        var comma = s.Is(k, ",");
        var next = comma ? k + 1 : k;
        if (s.IsAny(next, "and", "or"))
        {
            return next + 1;
        }

        if (s.Is(next, "as") && s.Is(next + 1, "well") && s.Is(next + 2, "as"))
        {
            return next + 3;
        }

        return comma ? next : -1;
    }

    /// <summary>
    /// The last token of a pair of single words joined by "and" that is one item of a list going on after it: "trade and
    /// investment" in "covered trade and investment, defence and security, healthcare ...", where a comma and another item
    /// after the pair show the list's own last "and" is yet to come. Null when either word is more than one, or the list
    /// ends after the pair ("cooperation on defense, space and technology, as the two allies seek ...").
    /// </summary>
    private static int? PairInList(AnalyzedSentence s, int first, int last)
    {
        if (first != last || !s.Is(last + 1, "and"))
        {
            return null;
        }

        var end = ReadItem(s, last + 2, out var second);
        return end == second && s.Is(end + 1, ",") && ReadItem(s, end + 2, out _) >= 0 && AgendaSubjects.SkipAppositive(s, end + 2) < 0 ? end : null;
    }

    /// <summary>
    /// Whether the item ending at <paramref name="word"/> ends in an adjective ("regional", "medical", "latest regional")
    /// joined by "and" to a longer item whose head it shares; <paramref name="last"/> gets that item's last token.
    /// </summary>
    private static bool SharesHead(AnalyzedSentence s, int word, out int last)
    {
        last = -1;
        if (!s.Is(word + 1, "and") || !TopicWords.IsAdjective(s.Word(word)) || s.IsAny(word + 2, "the", "a", "an")
            || s.MentionCovering(word, MentionKind.Topic) is not null) // "the Belt and Road Initiative and food security": a name's last word is no modifier
        {
            return false;
        }

        var end = ReadItem(s, word + 2, out var first);
        if (end <= first)
        {
            return false;
        }

        last = end;
        return true;
    }

    /// <summary>
    /// The last token of the item at <paramref name="k"/> (its first word in <paramref name="first"/>), or -1 when none
    /// starts there; the word at <paramref name="initial"/> may be capitalised (see <see cref="AgendaSubjects"/>).
    /// </summary>
    private static int ReadItem(AnalyzedSentence s, int k, out int first, int initial = -1)
    {
        if (s.IsAny(k, "the", "a", "an"))
        {
            k++;
        }

        if (s.IsAny(k, "recent", "latest") && TopicWords.IsItemWord(s, k + 1))
        {
            k++; // "the latest regional and international developments", "recent attacks on ...": when, not what
        }

        first = k;
        if (s.MentionStartingAt(k, MentionKind.Topic) is { } known)
        {
            return TopicComplement.End(s, TopicComplement.LastTokenOf(s, known, k));
        }

        var last = -1;
        while ((TopicWords.IsItemWord(s, k) || (k == initial && AgendaSubjects.IsInitialWord(s, k))) && k - first < MaxItemWords)
        {
            last = k++;
        }

        if (last < 0 || TopicWords.IsItemWord(s, k))
        {
            return -1;
        }

        while (first < last && (TopicWords.Degree.Contains(s.Word(first)) || TopicWords.Vague.Contains(s.Word(first))) && TopicWords.Generic.Contains(s.Word(last)))
        {
            first++; // "deeper co-operation in ...", "the current state and ...": how much or when, not what; the generic noun alone is read below
        }

        if (last == first && TopicWords.Generic.Contains(s.Word(first)))
        {
            // "the situation in East Asia" and "relations between the two countries" are subjects, but "the situation in
            // the South China Sea" is the sea's topic.
            var completed = s.IsAny(first, "situation", "cooperation", "co-operation", "relations", "ties", "use") ? TopicComplement.End(s, last) : last;
            return completed > last && !CompletedByKnownTopic(s, last, completed) ? completed : -1;
        }

        if (s.Overlaps(s.Tokens[first].Start, s.Tokens[last].End, MentionKind.Topic, MentionKind.Country, MentionKind.Demonym, MentionKind.Organization, MentionKind.Document))
        {
            return -1;
        }

        var end = TopicComplement.End(s, last);

        // "the risks of artificial intelligence": one word of a topic the lexicon knows is that topic, which the gazetteer found
        // ("incidents in the South China Sea" stays whole).
        return last == first && s.Is(last + 1, "of") && CompletedByKnownTopic(s, last, end) ? -1 : end;
    }

    /// <summary>Whether the phrase after token <paramref name="head"/> up to <paramref name="end"/> is a preposition and one topic the lexicon knows.</summary>
    private static bool CompletedByKnownTopic(AnalyzedSentence s, int head, int end)
    {
        var inner = s.IsAny(head + 2, "the", "a", "an") ? head + 3 : head + 2;
        return end > head && s.MentionStartingAt(inner, MentionKind.Topic) is { } known && s.TokenEndingAt(known.End) == end;
    }

    private static void AddMentions(AnalyzedSentence s, List<(int First, int Last)> items)
    {
        foreach (var (first, last) in items)
        {
            var start = s.Tokens[first].Start;
            var end = s.Tokens[last].End;
            if (s.MentionStartingAt(first, MentionKind.Topic) is { } known)
            {
                if (known.End >= end)
                {
                    continue; // known to the lexicon, under its own name
                }

                s.RemoveAll(m => m.Kind == MentionKind.Topic && m.Start >= start && m.End <= end); // completed: "supply chains for semiconductors"
            }

            var text = s.Slice(start, end);
            s.Add(new Mention(MentionKind.Topic, s.Index, start, end, text) { Candidates = [text] });
        }
    }
}
