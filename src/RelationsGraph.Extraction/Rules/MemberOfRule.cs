using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Memberships the text states: "Japan and Australia are both members of the Quad", "the Quad grouping, which also
/// includes the U.S. and India", "Japan took over the rotating G7 presidency", "Kazakhstan, as the current SCO
/// chair". A sentence that names an organization and says "member", "grouping", "includes", "presidency" or "chair"
/// states the membership of the countries it names that the knowledge base has as members; the
/// knowledge base decides who is a member, the sentence is the evidence. A country and an organization merely
/// named together ("Xi met Kishida at APEC", "worked together at the G20") state nothing about membership; "brings
/// together", "links" and "unites" do ("The Quad brings together Australia, the US, Japan and India"). A country and
/// an organization on either side of a contrast (", while", ", whereas", ", but", ";") are not paired. "the bloc" or
/// "the grouping" stands for the organization named in the two sentences before ("the bloc, which brings together ...").
/// </summary>
public sealed class MemberOfRule : IExtractionRule
{
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "member", "members", "membership", "grouping", "groupings", "includes", "include", "comprises", "comprising",
        "presidency", "chairs", "chair", "chairmanship",
    };

    /// <summary>Verbs after an organization and before its members: "the Quad framework that links Japan and ...".</summary>
    private static readonly HashSet<string> ListingVerbs = new(StringComparer.OrdinalIgnoreCase) { "links", "linking", "unites", "uniting", "consists" };

    /// <summary>Forms of "bring" that, before "together", list an organization's members: "The Quad brings together ...".</summary>
    private static readonly HashSet<string> Bring = new(StringComparer.OrdinalIgnoreCase) { "bring", "brings", "bringing", "brought" };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            // A sentence that names no organization states a membership only through "the bloc" (rare): the cue is
            // looked for first, and the word only then.
            var named = !s.MentionSpanOf(MentionKind.Organization).IsEmpty;
            if (!named && !MayNameABloc(s))
            {
                continue;
            }

            // With a listing verb only, the organization comes before it and the members after it: "The G20 summit,
            // hosted by Indonesia, brings together leaders of ..." lists no member.
            var cued = HasCue(s);
            var verb = cued ? -1 : ListingVerbAt(s);
            if (!cued && verb < 0)
            {
                continue;
            }

            var bloc = named ? null : Bloc(context, s);
            if (!named && bloc is null)
            {
                continue;
            }

            var split = verb >= 0 ? s.Tokens[verb].Start : -1;

            foreach (var organization in bloc is null ? s.MentionSpanOf(MentionKind.Organization) : [bloc])
            {
                if (context.Node<Organization>(organization.NodeId) is not { } node || (split >= 0 && organization.End > split))
                {
                    continue;
                }

                foreach (var countries in s.MentionSpan)
                {
                    if (countries.Kind is not (MentionKind.Country or MentionKind.SideGroup) || countries.Start < split || ContrastBetween(s, organization, countries))
                    {
                        continue;
                    }

                    foreach (var id in countries.NodeIds)
                    {
                        if (IsMember(context, id, node.Id) && context.Node<Country>(id) is { } country)
                        {
                            var evidence = context.Evidence(s.Index, Math.Min(countries.Start, organization.Start), Math.Max(countries.End, organization.End));
                            context.Graph.AddMemberOf(country, node, evidence);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Whether the sentence's text holds "bloc" or "grouping" at all: one search of its characters, where most sentences stop.</summary>
    private static bool MayNameABloc(AnalyzedSentence s)
    {
        var text = s.ArticleText.AsSpan(s.Sentence.Start, s.Sentence.Length);
        return text.Contains("bloc", StringComparison.Ordinal) || text.Contains("grouping", StringComparison.Ordinal);
    }

    /// <summary>
    /// "the bloc" or "the grouping" standing for the organization the story named last, in this sentence's paragraph or the
    /// two sentences before: "the possible expansion of the bloc, which brings together Brazil, Russia, India, China and
    /// South Africa" after "the 15th BRICS Summit". A mention of the organization over the two words, or null.
    /// </summary>
    private static Mention? Bloc(ExtractionContext context, AnalyzedSentence s)
    {
        for (var k = 1; k < s.Tokens.Count; k++)
        {
            if (!s.Is(k - 1, "the") || !s.IsAny(k, "bloc", "grouping"))
            {
                continue;
            }

            for (var back = s.Index - 1; back >= Math.Max(0, s.Index - 2); back--)
            {
                var organizations = context.Sentences[back].MentionSpanOf(MentionKind.Organization);
                if (!organizations.IsEmpty && organizations[^1].NodeId is { } id)
                {
                    return new Mention(MentionKind.Organization, s.Index, s.Tokens[k - 1].Start, s.Tokens[k].End, s.Slice(s.Tokens[k - 1].Start, s.Tokens[k].End))
                    {
                        NodeIds = [id],
                    };
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Whether a contrasting clause ("..., while", "..., whereas", "..., but", ";") parts the two mentions: "Japan holds
    /// the rotating G7 presidency this year, while India chairs the G20" makes Japan no member of the G20.
    /// </summary>
    private static bool ContrastBetween(AnalyzedSentence s, Mention a, Mention b)
    {
        var (from, to) = a.Start < b.Start ? (s.TokenAt(a.End), s.TokenAt(b.Start)) : (s.TokenAt(b.End), s.TokenAt(a.Start));
        for (var k = from; k < to; k++)
        {
            if (s.Word(k) == ";" || (s.Word(k) == "," && s.IsAny(k + 1, "while", "whereas", "but")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCue(AnalyzedSentence s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (Cues.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of the first listing verb ("links", "brings together"), or -1.</summary>
    private static int ListingVerbAt(AnalyzedSentence s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (ListingVerbs.Contains(s.Word(k)) || (s.Is(k + 1, "together") && Bring.Contains(s.Word(k))))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the knowledge base has <paramref name="countryId"/> as a member of <paramref name="organizationId"/> on the
    /// article's day: "Sweden's bid to join NATO" in 2023 names no member, though Sweden joined in 2024.
    /// </summary>
    private static bool IsMember(ExtractionContext context, string countryId, string organizationId)
    {
        var kb = context.KnowledgeBase.Graph;
        if (!kb.TryGetNode(countryId, out var country))
        {
            return false;
        }

        foreach (var edge in kb.OutEdges<MemberOf>(country))
        {
            if (edge.Target.Id == organizationId)
            {
                return context.Date is not { } day || IsMemberOn(edge, PartialDate.FromDate(day));
            }
        }

        return false;
    }

    /// <summary>Whether the membership <paramref name="edge"/> had begun and not ended on <paramref name="day"/>.</summary>
    private static bool IsMemberOn(MemberOf edge, PartialDate day) =>
        (edge.Since is not { } since || day >= since) && (edge.Until is not { } until || day < until);
}
