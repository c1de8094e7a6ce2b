using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Resolution;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Parties to documents the article names, one by one or as a group ("the four political documents" between China
/// and Japan). A knowledge-base document's parties are the knowledge base's, those of them the article refers to. A
/// new document's parties are the countries that "signed", "adopted" or "issued" it ("a pact the two countries signed
/// in 2016", "the three leaders adopted three documents", "a joint statement issued by the two governments", "an
/// agreement signed by the Crown Prince and Modi"), the countries it was "signed between" (a memorandum "signed
/// between Russia and the UN": Russia), the sides of the event whose statement frames a sentence ("In a joint
/// statement, Biden reaffirmed ...") or whose sentence lists it among the documents signed ("The documents signed on
/// Saturday include a memorandum ..."), or the countries its own name is between ("the Japan-Australia Reciprocal
/// Access Agreement", "the Polish-French Treaty of Friendship", "the Tokyo Declaration for Japan-India ...", "the
/// Joint Communique between the Government of Malaysia and the Government of the People's Republic of China").
/// </summary>
public sealed class PartyToRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kb = context.KnowledgeBase;
        foreach (var s in context.Sentences)
        {
            foreach (var mention in s.MentionSpanOf(MentionKind.Document))
            {
                if (mention.NodeId is null || context.Node<Document>(mention.NodeId) is not { } document)
                {
                    continue;
                }

                IEnumerable<string> parties = kb.Get<Document>(document.Id) is { } known
                    ? Known(context, known)
                    : Named(s, mention) ?? IssuedBy(context, s, mention) ?? Signatories(context, s) ?? Framed(context, s, mention) ?? [];
                AddParties(context, document, parties, mention);
            }

            // "the four political documents between China and Japan": the group names its documents, and its
            // documents' parties are the knowledge base's; the set's parties are the group's countries.
            foreach (var group in s.MentionSpanOf(MentionKind.DocumentGroup))
            {
                foreach (var id in group.NodeIds)
                {
                    if (context.Node<Document>(id) is not { } document)
                    {
                        continue;
                    }

                    if (kb.Get<Document>(id) is { } known)
                    {
                        AddParties(context, document, Known(context, known), group);
                    }
                    else if (DocumentGroupResolution.GroupOf(kb, group) is { } set)
                    {
                        AddParties(context, document, set.CountryIds, group);
                    }
                }
            }
        }
    }

    private static void AddParties(ExtractionContext context, Document document, IEnumerable<string> parties, Mention mention)
    {
        foreach (var party in parties.Distinct(StringComparer.Ordinal))
        {
            if (context.Node<Country>(party) is { } country)
            {
                context.Graph.AddPartyTo(country, document, context.Evidence(mention));
            }
        }
    }

    /// <summary>
    /// The knowledge base's parties of a bilateral or trilateral document that the article refers to: naming such a
    /// document names its parties. A multilateral one (the UN Charter) says nothing of which mentioned country is party.
    /// </summary>
    private static IEnumerable<string> Known(ExtractionContext context, Document known)
    {
        var parties = context.KnowledgeBase.Graph.InEdges<PartyTo>(known).Select(e => e.Source.Id).ToList();
        return parties.Count <= 3 ? parties.Where(context.Entities.Contains) : [];
    }

    /// <summary>The countries of "the two countries signed", "the three leaders adopted", "Japan and Korea signed".</summary>
    private static List<string>? Signatories(ExtractionContext context, AnalyzedSentence s)
    {
        foreach (var group in s.Mentions.Where(m => m.Kind is MentionKind.SideGroup or MentionKind.LeaderGroup && m.NodeIds.Count >= 2))
        {
            var k = s.TokenAt(group.End);
            if (s.IsAny(k, "also", "jointly"))
            {
                k++;
            }

            if (s.IsAny(k, "signed", "adopted", "issued", "released", "concluded", "unveiled", "inked"))
            {
                return GroupCountries(context, group);
            }
        }

        // "Putin and Kim signed a mutual defense agreement": the countries of the leaders who signed.
        var leaders = SigningLeaders(s);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.IsAny(i, "signed", "inked") && !s.IsAny(i - 1, "was", "were", "been", "be", "is", "are") && Grammar.Subject(s, i, leaders) is { Count: >= 2 } signers)
            {
                return LeaderCountries(context, signers);
            }
        }

        // "Japan and the Philippines on Monday signed ...": countries joined as the subject.
        var countries = s.MentionsOf(MentionKind.Country).Where(m => m.NodeId is not null).ToList();
        for (var i = 0; i + 1 < countries.Count; i++)
        {
            var between = s.Slice(countries[i].End, Math.Max(countries[i].End, countries[i + 1].Start)).Trim();
            if (between is not ("and" or "and the"))
            {
                continue;
            }

            var k = s.TokenAt(countries[i + 1].End);
            for (var gap = 0; gap < 4 && k < s.Tokens.Count; gap++, k++)
            {
                if (s.IsAny(k, "signed", "adopted", "issued", "concluded"))
                {
                    return [countries[i].NodeId!, countries[i + 1].NodeId!];
                }

                if (!(s.IsAny(k, "on", "have", "has", "also", "jointly") || s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Date)))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The countries of "a joint statement issued by the two governments" and "an agreement signed by the Crown Prince and
    /// Modi": the group, or two or more leaders, right after the participle and "by" that follow the document.
    /// </summary>
    private static List<string>? IssuedBy(ExtractionContext context, AnalyzedSentence s, Mention document)
    {
        var verb = s.TokenAt(document.PhraseEnd);
        if (s.IsAny(verb, "signed", "concluded") && s.Is(verb + 1, "between"))
        {
            return SignedBetween(s, verb + 2);
        }

        if (!s.IsAny(verb, "signed", "adopted", "issued", "released", "concluded") || !s.Is(verb + 1, "by"))
        {
            return null;
        }

        var agent = s.Tokens.Count > verb + 2 ? s.Tokens[verb + 2].Start : -1;
        foreach (var group in s.Mentions)
        {
            if (group.Kind is MentionKind.SideGroup or MentionKind.LeaderGroup && group.NodeIds.Count >= 2 && group.Start == agent)
            {
                return GroupCountries(context, group);
            }
        }

        return Grammar.Objects(s, verb + 1, SigningLeaders(s)) is { Count: >= 2 } signers ? LeaderCountries(context, signers) : null;
    }

    /// <summary>
    /// The countries of "signed between Russia and the UN" from token <paramref name="k"/>: the countries of the
    /// coordination, a body among them being no party this graph can hold.
    /// </summary>
    private static List<string>? SignedBetween(AnalyzedSentence s, int k)
    {
        var parties = new List<string>();
        while (k < s.Tokens.Count)
        {
            if (s.Is(k, "the"))
            {
                k++;
            }

            var party = s.MentionStartingAt(k, MentionKind.Country, MentionKind.Organization, MentionKind.Capital);
            if (party is null)
            {
                break;
            }

            if (party.Kind == MentionKind.Country && party.NodeId is { } country)
            {
                parties.Add(country);
            }

            k = s.TokenAt(party.End);
            if (!s.IsAny(k, "and", ","))
            {
                break;
            }

            k++;
        }

        return parties.Count > 0 ? parties : null;
    }

    /// <summary>The countries a side group ("the two countries") or a leader group ("the two leaders") stands for.</summary>
    private static List<string> GroupCountries(ExtractionContext context, Mention group) =>
        group.Kind == MentionKind.SideGroup
            ? [.. group.NodeIds]
            : [.. group.NodeIds.Select(context.Entities.CountryOf).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static List<Mention> SigningLeaders(AnalyzedSentence s) =>
        [.. Grammar.LeaderReferences(s).Where(r => r.Kind is MentionKind.Leader or MentionKind.Role || (r.Kind == MentionKind.Pronoun && r.NodeId is not null))];

    private static List<string> LeaderCountries(ExtractionContext context, List<Mention> leaders) =>
        [.. leaders.Select(m => context.Entities.CountryOf(m.NodeId!)).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The countries a new document's name is between: every part of its hyphenated first word ("Japan-Australia
    /// Reciprocal Access Agreement", not "Asia-Pacific Trade Agreement") or of the hyphenated word after its "for"
    /// ("Tokyo Declaration for Japan-India Special Strategic and Global Partnership"), or two or more countries after
    /// its "between". A name with one country ("Japan Official Security Assistance") names no parties.
    /// </summary>
    private static List<string>? Named(AnalyzedSentence s, Mention document)
    {
        var first = s.TokenAt(document.Start);
        var between = -1;
        for (var k = first; k < s.Tokens.Count && s.Tokens[k].End <= document.End; k++)
        {
            if (s.Is(k, "between"))
            {
                between = k;
                break;
            }

            if (s.Is(k, "for") && k + 1 < s.Tokens.Count && s.Tokens[k + 1].End <= document.End && s.Word(k + 1).Contains('-', StringComparison.Ordinal))
            {
                first = k + 1; // "the Tokyo Declaration for Japan-India Special Strategic and Global Partnership"
                break;
            }
        }

        var dashes = s.Word(first).AsSpan().Count('-');

        List<string> head = [], after = [];
        foreach (var country in s.MentionSpanOf(MentionKind.Country))
        {
            if (country.NodeId is null || country.Start < document.Start || country.End > document.End)
            {
                continue;
            }

            if (country.Start >= s.Tokens[first].Start && country.End <= s.Tokens[first].End)
            {
                head.Add(country.NodeId);
            }
            else if (between >= 0 && country.Start > s.Tokens[between].Start && !after.Contains(country.NodeId))
            {
                after.Add(country.NodeId);
            }
        }

        // "the Polish-French Treaty of Friendship and Solidarity": the countries' adjectives, in the name's first word.
        foreach (var demonym in s.MentionSpanOf(MentionKind.Demonym))
        {
            if (demonym.NodeId is { } id && demonym.Start >= s.Tokens[first].Start && demonym.End <= s.Tokens[first].End && demonym.Start >= document.Start)
            {
                head.Add(id);
            }
        }

        return dashes > 0 && head.Count == dashes + 1 ? head
            : after.Count >= 2 ? after
            : null;
    }

    /// <summary>
    /// "In a joint statement, ...", "witnessed the signing of several cooperation documents, including a social security
    /// agreement": the sides of the event the sentence is about, for a document that frames it or is listed among
    /// those signed.
    /// </summary>
    private static List<string>? Framed(ExtractionContext context, AnalyzedSentence s, Mention document)
    {
        if (!DocumentFraming.Frames(s, document) && !SignedLists.Lists(s, document, s.Index > 0 ? context.Sentences[s.Index - 1] : null))
        {
            return null;
        }

        var frame = context.Events.Main;
        return frame is null ? null : Attachment.Sides(context, frame);
    }
}
