namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds documents the knowledge base has no name for, after the document groups (<see cref="DocumentGroupPattern"/>):
/// a generic noun phrase with a determiner ("a joint statement in 2008", "that declaration", "a 1965 agreement"); a
/// title-case name ending in a document noun ("General Security of Military Information Agreement (GSOMIA)"); a
/// place's name before a lower-case document noun ("the Hiroshima accord"); and a quoted title where the sentence
/// adopts or issues documents ('a joint statement titled "The Spirit of Camp David"').
/// </summary>
internal static class DocumentPattern
{
    private static readonly HashSet<string> GenericModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "joint", "bilateral", "trilateral", "new", "landmark", "historic", "political", "leaders'", "peace", "separate", "parallel",
    };

    /// <summary>The nouns a place names in lower case ("the Hiroshima accord"): not "statement", which a place only dates.</summary>
    private static readonly HashSet<string> PlaceNamedNouns = new(StringComparer.Ordinal) { "accord", "agreement", "declaration", "treaty", "pact" };

    private static readonly HashSet<string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "declaration", "communique", "communiqué", "agreement", "treaty", "accord", "pact", "memorandum", "MoU", "MOU", "protocol",
    };

    /// <summary>
    /// Whether token <paramref name="j"/> is a document noun after the determiner at <paramref name="i"/>: a generic noun, or
    /// "document" after "the", "this" or "that" ("The document was signed in Nancy by ..."), which points back to a
    /// document named before and never introduces one.
    /// </summary>
    private static bool IsNoun(AnalyzedSentence s, int i, int j) =>
        GenericNouns.Contains(s.Word(j)) || (s.IsAny(j, "document") && s.IsAny(i, "the", "this", "that"));

    /// <summary>Whether the words from token <paramref name="j"/> are "exchange of notes", the diplomatic form of an agreement.</summary>
    private static bool IsExchangeOfNotes(AnalyzedSentence s, int j) => s.Is(j, "exchange") && s.Is(j + 1, "of") && s.Is(j + 2, "notes");

    private static bool IsSigningVerb(AnalyzedSentence s, int k) =>
        s.IsAny(k, "signed", "sign", "signing", "inked", "concluded", "adopted", "issued", "released", "reached", "unveiled");

    /// <summary>The most tokens of where and when between a verb and its object ("signed in Brussels on Tuesday a ...").</summary>
    private const int MaxAdverbialTokens = 5;

    /// <summary>
    /// The token before the determiner at <paramref name="determiner"/>, past where and when set between it and a verb:
    /// "signed in Brussels a bilateral security agreement", "signed on Tuesday an agreement" (the verb's token either way).
    /// </summary>
    internal static int VerbBefore(AnalyzedSentence s, int determiner)
    {
        var k = determiner - 1;
        while (k > 0 && determiner - k <= MaxAdverbialTokens
            && (s.IsAny(k, "in", "on", "at", "today", "yesterday") || s.MentionCovering(k, MentionKind.Place, MentionKind.Capital, MentionKind.Date) is not null))
        {
            k--;
        }

        return k;
    }

    public static void Find(AnalyzedSentence s, IReadOnlyList<Knowledge.DocumentGroup> groups)
    {
        DocumentGroupPattern.Find(s, groups);
        QuotedDocumentPattern.Find(s); // first: a quoted title holds the whole name, a document noun inside it only a part ("Joint Vision: A Partnership ...")
        TitleCase(s);
        PlaceNamed(s);
        Generic(s);
        BodiesOpeningTitles(s);
    }

    /// <summary>
    /// "the 1982 United Nations Convention on the Law of the Sea", "the UN Framework Convention on Climate Change": a body
    /// whose name opens a document's is part of the title, no mention of the body in the story.
    /// </summary>
    private static void BodiesOpeningTitles(AnalyzedSentence s)
    {
        List<Mention>? bodies = null; // made at the first: most sentences name no document
        foreach (var document in s.MentionSpanOf(MentionKind.Document))
        {
            if (s.MentionStartingAt(s.TokenAt(document.Start), MentionKind.Organization) is { } body && body.End < document.End)
            {
                (bodies ??= []).Add(body);
            }
        }

        foreach (var body in bodies ?? [])
        {
            s.Remove(body);
        }
    }

    private static void Generic(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsAny(i, "a", "an", "the", "that", "this", "its", "their"))
            {
                continue;
            }

            var j = i + 1;
            int? year = Words.IsYear(s.Word(j), out var y) ? y : null;
            if (year is not null)
            {
                j++;
            }

            var signing = year is not null || IsSigningVerb(s, VerbBefore(s, i)) || SignedLists.Opens(s, i - 1) || SignedLists.OpensAtStart(s, i - 1);
            while (GenericModifiers.Contains(s.Word(j)) || (signing && j - i <= 3 && s.IsLowerCaseWord(j) && !IsNoun(s, i, j) && !IsExchangeOfNotes(s, j)))
            {
                j++;
            }

            var titled = s.IsCapitalized(j) && !s.Is(j, "MoU") && (!s.Is(i, "the") || j != i + 1 || s.IsCapitalized(j + 1) || s.Is(j + 1, "of"))
                && !DocumentTitleRun.IsKindWithSubject(s, i + 1, j);
            var exchange = IsExchangeOfNotes(s, j);
            if ((!exchange && !IsNoun(s, i, j)) || s.Overlaps(s.Tokens[i].Start, s.Tokens[j].End, MentionKind.Document) || titled)
            {
                continue;
            }

            if (exchange)
            {
                j += 2; // "the exchange of notes on Japan's Official Security Assistance": headed by its notes, an agreement
            }

            // "a protocol agreement": the last of two document nouns heads the phrase.
            while (GenericNouns.Contains(s.Word(j + 1)))
            {
                j++;
            }

            // "a memorandum of understanding": the noun with its "of" phrase; an MoU is a memorandum.
            var word = s.Word(j).ToLowerInvariant();
            var head = word == "mou" ? "memorandum" : word;
            var noun = j;
            if (head is "memorandum" or "declaration" && s.Is(j + 1, "of") && s.IsAny(j + 2, "understanding", "cooperation", "intent"))
            {
                noun = j + 2;
            }

            var end = s.Tokens[noun].End;
            if (year is null && s.IsAny(noun + 1, "in", "of") && Words.IsYear(s.Word(noun + 2), out var after))
            {
                year = after;
                end = s.Tokens[noun + 2].End;
            }

            // "a joint statement on deepening their partnership": the phrase is what the source calls it, kept whole as
            // an alias and as the phrase's end, while the mention stays the noun phrase the rules look for.
            var about = year is null ? DocumentSubject.End(s, noun) : noun;
            var mention = new Mention(MentionKind.Document, s.Index, s.Tokens[i].Start, end, s.Slice(s.Tokens[i].Start, end))
            {
                Head = head,
                Date = year is { } found ? new PartialDate(found) : null,
                IsDefinite = !s.IsAny(i, "a", "an"),
                Variants = about > noun
                    ? [s.Slice(s.Tokens[i].Start, s.Tokens[noun].End), s.Slice(s.Tokens[i].Start, s.Tokens[about].End)]
                    : [s.Slice(s.Tokens[i].Start, s.Tokens[noun].End)],
            };
            if (about > noun)
            {
                mention.PhraseEnd = s.Tokens[about].End;
            }

            s.Add(mention);
            i = noun;
        }
    }

    private static void TitleCase(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            // "Under the Atlantic Declaration Action Plan, ...": a word capitalized only to open the sentence starts no name.
            // "Reaffirming the Panmunjom Declaration, North Korea commits ...": nor does a participle that opens it.
            if (!s.IsCapitalized(i) || s.Overlaps(s.Tokens[i].Start, s.Tokens[i].End, MentionKind.Document) || Words.Determiners.Contains(s.Word(i))
                || Words.Prepositions.Contains(s.Word(i)) || (i == 0 && s.Word(i).EndsWith("ing", StringComparison.Ordinal) && s.Is(i + 1, "the")))
            {
                continue;
            }

            var j = i;
            var last = -1;
            while (j < s.Tokens.Count && j - i < 14 && (s.IsCapitalized(j) || (j > i && s.IsAny(j, "of", "on", "and", "for", "the", "between", "to", "in"))))
            {
                if (s.IsCapitalized(j) && Words.DocumentNouns.ContainsKey(s.Word(j)))
                {
                    last = j;
                }
                else if (last == j - 1 && s.IsAny(j, "and", "or") && s.IsLowerCaseWord(j + 1))
                {
                    break; // "the 2013 Vietnam-US Joint Statement and in the Vietnam-US Joint Vision Statement": two documents
                }

                j++;
            }

            if (last < i)
            {
                continue;
            }

            if (DocumentTitleRun.IsKindWithSubject(s, i, last))
            {
                i = last; // "a Memorandum of Understanding on cooperation in ...": Generic's, by its subject
                continue;
            }

            // "the Sandton Convention Centre": a document noun in the name of a place or a body; "his Special Adviser on
            // Information and Strategy": in an office's.
            if ((s.IsCapitalized(last + 1) && (VenuePattern.IsVenueNoun(s.Word(last + 1)) || OrganizationPattern.IsHead(s.Word(last + 1))))
                || DocumentTitleRun.IsOfficeName(s, i, last))
            {
                i = last + 1;
                continue;
            }

            // "the United Nations Convention on the Law of the Sea": a body's name may open the document's, where one
            // inside it or after it ("... between Japan and the United Nations") is not part of this one.
            var bodyEnd = OrganizationPrefix(s, i, last)?.End ?? s.Tokens[i].Start;

            // A continuation over another name is not part of this one; a lone noun ("Treaty") is no name.
            var end = DocumentTitleRun.End(s, last);
            if (end > last && OverlapsOtherName(s, i, bodyEnd, end))
            {
                end = last;
            }

            if (end == i || OverlapsOtherName(s, i, bodyEnd, end))
            {
                continue;
            }

            // "Saudi Vision 2030", "Agenda 2063": a plan's name may end in the year it looks to.
            if (end == last && s.IsAny(last, "Vision", "Agenda") && Words.IsYear(s.Word(last + 1), out _))
            {
                end = last + 1;
            }

            var head = last;
            last = end;
            var name = s.Slice(s.Tokens[i].Start, s.Tokens[last].End);
            var variants = new List<string>();
            if (s.Word(last + 1) == "(" && s.Word(last + 3) == ")" && s.Tokens[last + 2].Kind == TokenKind.Word)
            {
                variants.Add(s.Word(last + 2));
            }

            // "The Status of Visiting Forces Agreement between Manila and Canberra" is also the name before its parties.
            var withParties = last > head && s.IsAny(head + 1, "between", "among");
            if (withParties)
            {
                variants.Add(s.Slice(s.Tokens[i].Start, s.Tokens[head].End));
            }

            // "the 2007 Japan-Australia Joint Declaration on ...": the year dates the document.
            int? year = Words.IsYear(s.Word(i - 1), out var y) ? y : null;
            var article = year is null ? i - 1 : i - 2;
            if (s.IsAny(article, "the", "a", "an"))
            {
                // As sources write it, like a place's "the ..." alias: "the Joint Declaration ...", "a Joint Statement".
                variants.Add(s.Slice(s.Tokens[article].Start, s.Tokens[last].End));
                if (withParties)
                {
                    variants.Add(s.Slice(s.Tokens[article].Start, s.Tokens[head].End));
                }
            }

            s.Add(new Mention(MentionKind.Document, s.Index, s.Tokens[i].Start, s.Tokens[last].End, name)
            {
                Name = name,
                Head = s.Word(head).ToLowerInvariant(),
                Date = year is { } found ? new PartialDate(found) : null,
                Variants = variants,
            });
            i = last;
        }
    }

    /// <summary>
    /// The body whose name opens the title-case name from token <paramref name="i"/> to its document noun at
    /// <paramref name="noun"/>, a capitalised word after it: "United Nations" of "United Nations Convention on the Law
    /// of the Sea". Null when none does.
    /// </summary>
    private static Mention? OrganizationPrefix(AnalyzedSentence s, int i, int noun)
    {
        var body = s.MentionStartingAt(i, MentionKind.Organization);
        if (body is null)
        {
            return null;
        }

        var after = s.TokenAt(body.End);
        return after <= noun && s.IsCapitalized(after) && !Words.Prepositions.Contains(s.Word(after)) ? body : null;
    }

    /// <summary>
    /// Whether tokens <paramref name="i"/> to <paramref name="end"/> overlap another name: a document or a leader anywhere,
    /// a body after <paramref name="bodyEnd"/> (the end of one that opens the name, else the name's start).
    /// </summary>
    private static bool OverlapsOtherName(AnalyzedSentence s, int i, int bodyEnd, int end) =>
        s.Overlaps(s.Tokens[i].Start, s.Tokens[end].End, MentionKind.Document, MentionKind.Leader)
        || s.Overlaps(bodyEnd, s.Tokens[end].End, MentionKind.Organization);

    /// <summary>
    /// "what Downing Street is calling the Hiroshima accord", "the Bali agreement": a document named, in lower case,
    /// after the place where it was reached. Only a place the gazetteer knows names one, so "the China agreement" or "the
    /// new agreement" stays a generic noun phrase.
    /// </summary>
    private static void PlaceNamed(AnalyzedSentence s)
    {
        for (var i = 0; i + 1 < s.Tokens.Count; i++)
        {
            if (!s.IsAny(i, "the") || s.MentionCovering(i + 1, MentionKind.Place) is not { } place || s.TokenAt(place.Start) != i + 1)
            {
                continue;
            }

            var noun = s.TokenAt(place.End);
            if (noun >= s.Tokens.Count || !s.IsLowerCaseWord(noun) || !PlaceNamedNouns.Contains(s.Word(noun))
                || s.Overlaps(place.Start, s.Tokens[noun].End, MentionKind.Document))
            {
                continue;
            }

            var name = s.Slice(place.Start, s.Tokens[noun].End);
            s.Add(new Mention(MentionKind.Document, s.Index, place.Start, s.Tokens[noun].End, name)
            {
                Name = name,
                Head = s.Word(noun).ToLowerInvariant(),
                Variants = [s.Slice(s.Tokens[i].Start, s.Tokens[noun].End)],
            });
            i = noun;
        }
    }
}
