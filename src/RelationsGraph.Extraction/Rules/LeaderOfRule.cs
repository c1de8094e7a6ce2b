using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Offices: "&lt;demonym|Country's&gt; &lt;title&gt; &lt;Name&gt;" ("Japanese Prime Minister Fumio Kishida"), "&lt;Name&gt;, &lt;title&gt; of
/// &lt;Country&gt;", "his US counterpart Joe Biden", a resolved role ("the Chinese president", "the first South
/// Korean president"), and a title whose country goes without saying: "President Joe Biden" when the knowledge
/// base has Biden holding that title on the article's date (or, when he held it only before, in one country:
/// "signed by Prime Minister Shinzo Abe in 2007"), "Secretary of State Antony Blinken" (the United States, by the
/// lexicon), a titled minister joined to a counterpart of the other side ("Transport Minister S. Iswaran and his
/// Indonesian counterpart ..."), and a leader's predecessor or successor ("Scholz's predecessor, Angela Merkel"). The
/// evidence is the phrase that gives the title or the office.
/// </summary>
public sealed class LeaderOfRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var mention in s.MentionSpan)
            {
                Apply(context, mention);
            }
        }
    }

    /// <summary>The office one mention states, if it refers to a leader.</summary>
    private static void Apply(ExtractionContext context, Mention mention)
    {
        if (context.Node<Leader>(mention.NodeId) is not { } leader)
        {
            return;
        }

        var (country, title) = mention.Kind switch
        {
            MentionKind.Leader => Stated(context, mention, leader.Id),
            MentionKind.Role when mention.CountryId is not null => (mention.CountryId, mention.Title),
            _ => (null, null),
        };
        var node = country is null ? null : context.Node<Country>(country) ?? context.Entities.AddKnown<Country>(country);
        if (node is not null)
        {
            context.Graph.AddLeaderOf(leader, node, context.Evidence(mention), title: title);
        }
        else if (mention.Kind == MentionKind.Leader && Predecessor(context, mention) is { } owner && context.Entities.CountryOf(owner.NodeId!) is { } theirs
            && (context.Node<Country>(theirs) ?? context.Entities.AddKnown<Country>(theirs)) is { } office)
        {
            // "Scholz's predecessor, Angela Merkel": the office of the leader whose predecessor or successor she is (its
            // title is the knowledge base's, on the reference edge the knowledge rule adds, when it has her).
            var evidence = context.Evidence(mention.Sentence, Math.Min(owner.PhraseStart, mention.PhraseStart), mention.PhraseEnd);
            context.Graph.AddLeaderOf(leader, office, evidence);
        }
    }

    /// <summary>The leader whose predecessor or successor <paramref name="mention"/> is named as (<see cref="PredecessorPhrase"/>), if another.</summary>
    private static Mention? Predecessor(ExtractionContext context, Mention mention) =>
        PredecessorPhrase.OwnerOf(context.Sentences[mention.Sentence], mention) is { NodeId: not null } reference && reference.NodeId != mention.NodeId ? reference : null;

    private static (string? Country, string? Title) Stated(ExtractionContext context, Mention mention, string leaderId)
    {
        if (mention.CountryId is { } country)
        {
            var term = context.Entities.KnownTerm(leaderId);
            return (country, mention.Title ?? (term?.CountryId == country ? term.Title : null));
        }

        if (mention.Title is not { } title)
        {
            return (null, null);
        }

        if (context.KnowledgeBase.Lexicon.FindTitle(title)?.CountryId is { } implied)
        {
            return (implied, title);
        }

        var (held, heldTitle) = HeldBy(context, mention, leaderId, title);
        if (held is null && OtherSide(context, mention) is { } other)
        {
            context.Entities.SetLeaderFacts(leaderId, title, other);
            return (other, title);
        }

        return (held, heldTitle);
    }

    /// <summary>
    /// "Transport Minister S. Iswaran and his Indonesian counterpart Budi Karya Sumadi", "Minister K. Shanmugam and
    /// Indonesia's Law Minister Yasonna Laoly", "Defense Minister Nikos Dendias sat down with Turkish Defense Minister
    /// Yasar Guler", "Foreign Minister Hakan Fidan laid the groundwork ... during talks with his Russian counterpart Sergey
    /// Lavrov": a titled leader with no country, joined to or meeting one of a stated country, is of the other
    /// side of the article's two-sided main event. When the main event has one stated side, its other
    /// is the country the story names most besides that side.
    /// </summary>
    private static string? OtherSide(ExtractionContext context, Mention mention)
    {
        if (context.Events.Main is not { } main || Attachment.Sides(context, main) is not { Count: 1 or 2 } sides)
        {
            return null;
        }

        if (sides.Count == 1)
        {
            // "Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan" in a Greek paper: the main
            // event's one stated side is Turkey, and its other is the country the story names most besides it.
            if (MostNamedCountryBesides(context, sides[0]) is not { } other)
            {
                return null;
            }

            sides.Add(other);
        }

        var s = context.Sentences[mention.Sentence];
        foreach (var next in s.MentionSpanOf(MentionKind.Leader))
        {
            if (next.PhraseStart < mention.PhraseEnd)
            {
                continue;
            }

            var between = s.Slice(mention.PhraseEnd, next.PhraseStart).Trim();
            if (!(between is "and" or "and his" or "and her" or "met" or "met with" or "sat down with" or "held talks with" || CounterpartAfterWith(s, between, next))
                || next.CountryId is not { } stated || !sides.Contains(stated))
            {
                return null;
            }

            return sides[0] == stated ? sides[1] : sides[0];
        }

        return null;
    }

    /// <summary>
    /// "Foreign Minister Hakan Fidan laid the groundwork ... during talks with his Russian counterpart Sergey Lavrov": the
    /// next leader is named as the counterpart, after a "with his" or "with her" that ends one clause's words.
    /// </summary>
    private static bool CounterpartAfterWith(AnalyzedSentence s, string between, Mention next) =>
        (between.EndsWith(" with his", StringComparison.Ordinal) || between.EndsWith(" with her", StringComparison.Ordinal))
        && s.Slice(next.PhraseStart, next.Start).Contains("counterpart", StringComparison.Ordinal);

    /// <summary>
    /// The country the article names most often (by name, adjective or capital), <paramref name="except"/> aside, when it is
    /// named at least twice and more often than any other; else null.
    /// </summary>
    private static string? MostNamedCountryBesides(ExtractionContext context, string except)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in context.Sentences)
        {
            foreach (var m in s.MentionSpan)
            {
                if (m.Kind is MentionKind.Country or MentionKind.Demonym or MentionKind.Capital && m.NodeIds is [var id]
                    && id.StartsWith("country:", StringComparison.Ordinal) && id != except)
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).ToList();
        return ranked.Count > 0 && ranked[0].Value >= 2 && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value) ? ranked[0].Key : null;
    }

    /// <summary>The country whose <paramref name="title"/> the knowledge base has the leader holding (on the article's date, unless "then ..."), when there is one.</summary>
    private static (string? Country, string? Title) HeldBy(ExtractionContext context, Mention mention, string leaderId, string title)
    {
        var terms = context.KnowledgeBase.TermsOf(leaderId).Where(t => string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase)).ToList();
        var held = context.Date is { } day ? terms.Where(t => t.Covers(day)).ToList() : terms;
        if (held.Count == 0)
        {
            held = terms;
        }

        var countries = held.Select(t => t.CountryId).Distinct(StringComparer.Ordinal).ToList();
        return countries.Count == 1 ? (countries[0], title) : (null, null);
    }
}
