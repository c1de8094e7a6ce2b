using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Links document mentions: knowledge-base names; groups ("the four political documents" are the group's
/// documents when the group's countries are in the article); titled documents the knowledge base lacks (a new
/// node); a definite generic phrase ("the joint statement", "that declaration", "the Treaty") to the latest
/// document of that kind; an indefinite one with a year ("a joint statement in 2008") to the knowledge base's
/// document of that year and kind between the countries in focus, else a new node (the year may be the sentence's,
/// before the article's, for a document signed in it: "During that 2008 trip, ... signed a joint statement"); and
/// an indefinite one that introduces a title ("a joint statement titled ...", "a joint statement, the Jeddah
/// Communique,"), frames what is said ("In a joint statement, ...", "A joint statement issued ... said"), is followed
/// by its participle ("a joint statement issued by the two countries", dated by that phrase) or describes a document
/// just named ("GSOMIA, a bilateral pact ..."), or a described one just signed ("signed the extradition treaty") with
/// nothing before it to point back to. An article with no date of its own gives such new documents no date.
/// </summary>
internal sealed class DocumentResolution(KnowledgeBase kb, ArticleEntities entities, Discourse discourse, DateOnly? date)
{
    /// <summary>What the first described new document of each id is about ("on deepening their partnership").</summary>
    private readonly Dictionary<string, string> descriptions = new(StringComparer.Ordinal);

    /// <summary>The article's sentences, as <see cref="Prepare"/> was given them: a list of what was signed may follow the sentence that says so.</summary>
    private IReadOnlyList<AnalyzedSentence> sentences = [];

    /// <summary>The titles of the article's documents the knowledge base lacks, each as <see cref="Titled"/> names it.</summary>
    private readonly List<string> titles = [];

    /// <summary>The document groups' resolution ("the four political documents").</summary>
    private readonly DocumentGroupResolution groups = new(kb, entities);

    /// <summary>
    /// Reads the titles of all of the article's documents first, so that a short title and the full one it opens
    /// ("The Tokyo Declaration gives ties a grander name ... the Tokyo Declaration for Japan-India Special Strategic and
    /// Global Partnership") are one document, whichever comes first.
    /// </summary>
    public void Prepare(IReadOnlyList<AnalyzedSentence> sentences)
    {
        this.sentences = sentences;
        foreach (var s in sentences)
        {
            foreach (var mention in s.MentionSpanOf(MentionKind.Document))
            {
                if (mention.Candidates.Count == 0 && mention.Name is { } name && TitleOf(name) is var title && !titles.Contains(title))
                {
                    titles.Add(title);
                }
            }
        }
    }

    public void Resolve(AnalyzedSentence s)
    {
        foreach (var mention in s.MentionSpanOf(MentionKind.Document))
        {
            var id = mention.Candidates.Count > 0 ? Known(mention)
                : mention.Name is not null ? Titled(s, mention)
                : Generic(s, mention);
            if (id is null)
            {
                continue;
            }

            mention.NodeIds = [id];
            entities.AddAlias(id, mention.Text);
            var before = s.TokenAt(mention.Start) - 1;
            if (s.Is(before, "the") && mention.Candidates.Count > 0)
            {
                entities.AddAlias(id, s.Slice(s.Tokens[before].Start, mention.End));
            }

            foreach (var variant in mention.Variants)
            {
                entities.AddAlias(id, variant);
            }

            discourse.Documents.Add((id, mention.Text, entities.Get<Document>(id)?.Date));
        }

        foreach (var group in s.MentionSpanOf(MentionKind.DocumentGroup))
        {
            groups.Resolve(s, group);
        }
    }

    private string? Known(Mention mention) => entities.AddKnown<Document>(mention.Candidates[0])?.Id;

    private static string TitleOf(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    /// <summary>The one longer title of the article that <paramref name="title"/> opens, word for word; else the title itself.</summary>
    private string Full(string title) => TitleOpenedBy(title, StringComparison.Ordinal) ?? title;

    /// <summary>
    /// The one title of the article, longer than <paramref name="words"/>, that they open word for word; null when none
    /// does, or several ("the Tokyo Declaration" of two longer ones: which is unknown).
    /// </summary>
    private string? TitleOpenedBy(string words, StringComparison comparison)
    {
        string? found = null;
        foreach (var title in titles)
        {
            if (title.Length > words.Length + 1 && title.StartsWith(words, comparison) && title[words.Length] == ' ')
            {
                if (found is not null)
                {
                    return null;
                }

                found = title;
            }
        }

        return found;
    }

    /// <summary>
    /// The document a title names: the knowledge base's whose name the full title opens, else a new node named by the
    /// article's longest form of the title, of the kind <paramref name="head"/> names.
    /// </summary>
    private Document TitledDocument(string title, string? head)
    {
        var name = Full(title);
        return KnownByItsOpening(name) ?? entities.Add(new Document
        {
            Id = NodeId.Create(Document.IdPrefix, name),
            Name = name,
            DocumentKind = DocumentPhrases.KindOf(head),
        });
    }

    private string Titled(AnalyzedSentence s, Mention mention)
    {
        var document = TitledDocument(TitleOf(mention.Name!), mention.Head);

        // 'a joint statement titled "The Spirit of Camp David"': the phrase and the title are one document.
        var introducer = s.MentionsOf(MentionKind.Document).LastOrDefault(m => m.End <= mention.Start && m.NodeIds.Count == 0 && m.Name is null);
        if (introducer is not null && DocumentTitles.Introduces(s, introducer, mention))
        {
            introducer.NodeIds = [document.Id];
            entities.AddAlias(document.Id, introducer.Text);
            discourse.Documents.Add((document.Id, introducer.Text, null));
        }

        return document.Id;
    }

    /// <summary>
    /// The one knowledge-base document whose name <paramref name="title"/> opens and whose parties the article all names: "the
    /// Treaty of Peace and Friendship" in a story of China and Japan.
    /// </summary>
    private Document? KnownByItsOpening(string title)
    {
        Document? found = null;
        foreach (var document in kb.Documents)
        {
            if (document.Name.Length > title.Length && document.Name.StartsWith(title, StringComparison.Ordinal) && document.Name[title.Length] == ' '
                && kb.Graph.InEdges<PartyTo>(document).ToList() is { Count: > 0 } parties && parties.TrueForAll(p => entities.Contains(p.Source.Id)))
            {
                if (found is not null)
                {
                    return null;
                }

                found = document;
            }
        }

        return found is null ? null : entities.AddKnown<Document>(found.Id);
    }

    /// <summary>The countries of the leaders and sides in focus: the parties of a document made here.</summary>
    private List<string> Sides() => discourse.Focus.Select(entities.CountryOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    private string? Generic(AnalyzedSentence s, Mention mention)
    {
        if (!mention.IsDefinite && DocumentTitles.Follows(s, mention))
        {
            return null; // the title names it
        }

        if (DocumentTitles.Apposed(s, mention) is { } named)
        {
            return named;
        }

        var signedOn = mention.Date ?? EarlierDateSigned(s, mention);
        var year = signedOn?.Year;
        if (mention.IsDefinite)
        {
            var earlier = discourse.Documents.AsEnumerable().Reverse()
                .Where(d => (d.Text.Contains(mention.Head!, StringComparison.OrdinalIgnoreCase) || DocumentPhrases.Compatible(mention.Head!, entities.Get<Document>(d.Id)?.DocumentKind))
                    && (year is null || d.Year?.Year == year))
                .ToList();

            // "The new treaty builds on the ... Treaty of 1991", "The document signed today builds on the 2017 joint statement":
            // the document of the article's day, not the latest named (the earlier ones just told); none when no document
            // is known to be of that day.
            if (DocumentPhrases.IsOfTheDay(s, mention))
            {
                var today = date is { } articleDay ? PartialDate.FromDate(articleDay) : (PartialDate?)null;
                return earlier.Find(d => today is not null && d.Year == today).Id;
            }

            if (earlier.Count > 0)
            {
                return earlier[0].Id;
            }

            if (mention.Head == "document")
            {
                return null; // "the document" only points back
            }

            if (mention.Head == "notes" && year is null)
            {
                // "witnessed the exchange of notes on Japan's Official Security Assistance": an exchange is told as it
                // happens, with "the", where an agreement named so would point back.
                return New(s, mention, Sides(), date is { } exchanged ? PartialDate.FromDate(exchanged) : null);
            }
        }

        var sides = Sides();
        if (year is { } y)
        {
            var known = kb.Documents.Where(d => d.Date?.Year == y && DocumentPhrases.Compatible(mention.Head!, d.DocumentKind) && PartiesInclude(d.Id, sides)).ToList();
            if (known.Count == 1)
            {
                return entities.AddKnown<Document>(known[0].Id)?.Id;
            }

            return mention.IsDefinite ? null : New(s, mention, sides, mention.Date is null && signedOn is { } on ? on : new PartialDate(y));
        }

        var next = s.TokenAt(mention.End);
        var signed = DocumentPhrases.IsIssuing(s, DocumentPattern.VerbBefore(s, s.TokenAt(mention.Start))) || DocumentPhrases.Coordinated(s, mention) || (DocumentPhrases.IsIssuing(s, next) && !DocumentPhrases.PlainStatement(mention))
            || (!mention.IsDefinite && DocumentPhrases.IsPassiveIssuing(s, s.TokenAt(Math.Max(mention.End, mention.PhraseEnd))))
            || (!mention.IsDefinite && SignedLists.Lists(s, mention, s.Index > 0 && s.Index <= sentences.Count ? sentences[s.Index - 1] : null));
        // "In a statement issued after the meeting, Wisma Putra said": a statement that is not joint and only frames
        // what one side said is that side's press statement, no document of the two.
        var frames = (DocumentFraming.Frames(s, mention) && !DocumentPhrases.PlainStatement(mention)) || signed;

        // "signed the extradition treaty" with no treaty before it: the words that set it apart make it a new one,
        // where a bare "signed the treaty" can only point back.
        var described = mention.IsDefinite && signed && s.Is(s.TokenAt(mention.Start), "the") && next - s.TokenAt(mention.Start) >= 3;
        if (!mention.IsDefinite && signed && TitleItOpens(s, mention) is { } titled)
        {
            return titled;
        }

        // An article with no date of its own ("Washington, Feb. 10 (Jiji Press)--") still has the document, undated.
        return (!mention.IsDefinite || described) && frames ? New(s, mention, sides, date is { } day ? PartialDate.FromDate(day) : null) : null;
    }

    /// <summary>
    /// The document of the one title of the article that opens with the words of an undescribed document just signed:
    /// "signed a joint declaration that lifts relations ..." in the lead, "The Joint Declaration on a Strategic
    /// Partnership upgrades ..." further down, are one declaration; so are "a comprehensive strategic partnership treaty"
    /// and "the Treaty on Comprehensive Strategic Partnership between ...", whose noun comes first. Null when no title, or
    /// more than one, opens so.
    /// </summary>
    private string? TitleItOpens(AnalyzedSentence s, Mention mention)
    {
        if (mention.PhraseEnd > mention.End)
        {
            return null; // "a joint statement on climate change" says which one it is
        }

        var first = s.TokenAt(mention.Start);
        var words = s.IsAny(first, "a", "an") ? s.Slice(s.Tokens[first + 1].Start, mention.End) : mention.Text;
        if (TitleOpenedBy(words, StringComparison.OrdinalIgnoreCase) is { } found)
        {
            return TitledDocument(found, mention.Head).Id;
        }

        // "a comprehensive strategic partnership treaty" before "the Treaty on Comprehensive Strategic Partnership between
        // the Islamic Republic of Iran and the Russian Federation": a title puts its noun first.
        var space = words.LastIndexOf(' ');
        if (space > 0)
        {
            foreach (var join in HeadFirstJoins)
            {
                var form = $"{words[(space + 1)..]} {join} {words[..space]}";
                if ((titles.Find(t => t.Equals(form, StringComparison.OrdinalIgnoreCase)) ?? TitleOpenedBy(form, StringComparison.OrdinalIgnoreCase)) is { } reordered)
                {
                    return TitledDocument(reordered, mention.Head).Id;
                }
            }
        }

        return null;
    }

    /// <summary>The words between a title's noun and what it is about: "Treaty on ...", "Agreement of ...", "Declaration for ...".</summary>
    private static readonly string[] HeadFirstJoins = ["on", "of", "for"];

    /// <summary>
    /// "During that 2008 trip, Hu and then Prime Minister Yasuo Fukuda signed a joint statement", "took place in
    /// September 2022, when the two countries signed an interim water-sharing pact": the date, of a year before the
    /// article's, that the sentence gives before a document signed or issued in it, when the phrase has none of its
    /// own; a year, or a month of a year. "an agreement signed by the Crown Prince and Modi in Riyadh in October 2019":
    /// such a date in the participle phrase after the document, up to its comma, of any year.
    /// </summary>
    private PartialDate? EarlierDateSigned(AnalyzedSentence s, Mention mention)
    {
        if (mention.IsDefinite || date is not { } today)
        {
            return null;
        }

        if (DocumentPhrases.IsIssuing(s, s.TokenAt(mention.PhraseEnd)))
        {
            // "an agreement signed by the Crown Prince and Modi in Riyadh in October 2019": the date of its participle phrase.
            var end = s.TokenAt(mention.PhraseEnd);
            while (end < s.Tokens.Count && s.Word(end) != ",")
            {
                end++;
            }

            var stop = end < s.Tokens.Count ? s.Tokens[end].Start : int.MaxValue;
            foreach (var d in s.MentionSpanOf(MentionKind.Date))
            {
                if (d.Start >= mention.PhraseEnd && d.End <= stop && d.Head is "year" or "month-year" && d.Date is { } when)
                {
                    return when;
                }
            }

            return null;
        }

        if (!s.IsAny(s.TokenAt(mention.Start) - 1, "signed", "issued", "adopted"))
        {
            return null;
        }

        PartialDate? found = null;
        foreach (var d in s.MentionSpanOf(MentionKind.Date))
        {
            if (d.End <= mention.Start && d.Head is "year" or "month-year" && d.Date is { } when && when.Year < today.Year)
            {
                found = when;
            }
        }

        return found;
    }

    private string New(AnalyzedSentence s, Mention mention, List<string> sides, PartialDate? when)
    {
        // Named with what the sentence says it is about, when it says ("joint statement on combating climate change"),
        // without the words that only set it apart from another ("a separate joint statement").
        var first = s.TokenAt(mention.Start) + 1;
        while (s.IsAny(first, "separate", "parallel"))
        {
            first++;
        }

        var text = s.Slice(s.Tokens[first].Start, Math.Max(mention.End, mention.PhraseEnd));
        var parties = sides.Select(c => c[(c.IndexOf(':', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal);
        var key = $"{when?.ToString() ?? "undated"} {mention.Head} {string.Join(' ', parties)}";
        var id = NodeId.Create(Document.IdPrefix, key);

        // Two documents of one day and kind between the same sides are two when the article describes each
        // differently ("a joint statement on deepening their partnership, as well as a separate joint statement on
        // combating climate change"); a mention that describes none is the one already made.
        var about = mention.PhraseEnd > mention.End ? s.Slice(mention.End, mention.PhraseEnd).Trim() : null;
        // A visit signs many memoranda and agreements but issues one joint statement: "signed a memorandum of
        // understanding to develop the Phukot Karnali project ... A memorandum of understanding on a new cross-border
        // petroleum pipeline was also signed" are two, and so are "a social security agreement and an agreement on ...".
        // Told after a described one, "a security agreement" is another too.
        var another = !mention.IsDefinite && mention.Head is "memorandum" or "agreement" && entities.Get<Document>(id) is { } made
            && (about is null ? !string.Equals(made.Name, text, StringComparison.Ordinal) : !descriptions.ContainsKey(id));
        if (another || (about is not null && !descriptions.TryAdd(id, about) && !string.Equals(descriptions[id], about, StringComparison.Ordinal)))
        {
            id = NodeId.Create(Document.IdPrefix, $"{key} {about ?? text}");
        }

        var added = entities.Add(new Document { Id = id, Name = text, DocumentKind = DocumentPhrases.KindOf(mention.Head), Date = when }).Id;
        if (about is not null)
        {
            entities.AddAlias(added, s.Slice(s.Tokens[first].Start, mention.End)); // "partner city agreement", as a reader names it short
        }

        return added;
    }

    private bool PartiesInclude(string documentId, List<string> sides) =>
        sides.Count == 0 || sides.All(c => kb.Graph.TryGetNode(c, out var country) && kb.Graph.OutEdges<PartyTo>(country).Any(e => e.Target.Id == documentId));
}
