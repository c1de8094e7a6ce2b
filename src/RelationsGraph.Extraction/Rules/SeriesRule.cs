using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Editions of recurring summits ("the 30th APEC Economic Leaders' Meeting"): one frame per organization and year
/// in the article, organized by the organization; held in the place written after it ("... in San Francisco",
/// "hosted by U.S. President Joe Biden in San Francisco") or where a leader went to attend it ("visiting San
/// Francisco ... to attend", "arrived in Bangkok ... for", "traveled to San Francisco, where he is attending");
/// and attended by the leaders who "attend" it, "arrived ... for" it or "hosted" it.
/// </summary>
public sealed class SeriesRule : IExtractionRule
{
    /// <summary>How many tokens after the edition a date of another year than the article's may stand and date it.</summary>
    private const int NearDate = 4;

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var mention in s.MentionSpanOf(MentionKind.Series))
            {
                // "an Asia-Pacific summit" names the edition, not the organization that convenes it; "the Summit of the
                // Americas" (GatheringPattern) names no organization at all.
                var organization = mention.Candidates.Count > 0 ? mention.Candidates[0] : null;
                var named = organization is not null && mention.Head != "form";
                if (named && context.Entities.AddKnown<Organization>(organization!) is null)
                {
                    continue;
                }

                var frame = organization is null ? Gathering(context, s, mention) : Frame(context, s, mention, organization);
                // "the 79th session of the UN General Assembly" is convened by the United Nations, not by the Assembly itself.
                var convener = named ? context.KnowledgeBase.Lexicon.FindSeries(organization!)?.ConvenerId ?? organization : null;
                if (convener is not null && (convener == organization || context.Entities.AddKnown<Organization>(convener) is not null))
                {
                    frame.Organizers.Add((convener, context.Evidence(mention)));
                }
                EventAliases.Add(frame, mention);
                Place(context, s, mention, frame);
                EditionAttendance.Add(context, s, mention, frame);
            }
        }

        MeetingAttendance.AddToEditions(context);
        SummitAgents.Add(context);
    }

    private static EventFrame Frame(ExtractionContext context, AnalyzedSentence s, Mention mention, string organization)
    {
        var year = EditionYear(context, s, mention) ?? context.Date?.Year;
        var series = context.KnowledgeBase.Lexicon.FindSeries(organization);
        var key = $"{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"} {series?.Name ?? organization + " summit"}";

        // "Yesterday's gathering was the first FIPIC summit since 2015", "the first Arab League Summit to be hosted by the
        // Kingdom": the first in years, or of its kind, not the first edition.
        var edition = mention.Ordinal is 1 && s.IsAny(s.TokenAt(mention.End), "since", "to", "ever") ? null : mention.Ordinal;
        var frame = context.Events.Frames.FirstOrDefault(f => f.Key == key && (edition is null || f.Ordinal is null || f.Ordinal == edition))
            ?? (edition is null || series is not null ? null
                : context.Events.Frames.FirstOrDefault(f => f.Ordinal == edition && f.Date?.Year == year && f.Organizers.Exists(o => ShortNameOfOneBody(context, o.Id, organization))));
        if (frame is null && edition is { } numbered && context.Events.Frames.Any(f => f.Key == key))
        {
            // "the third summit of the Forum for India-Pacific Islands Cooperation" and, in a story of the same year, "when
            // the first FIPIC summit was held in Suva": two editions.
            key = $"{key} {numbered.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            frame = context.Events.Frames.FirstOrDefault(f => f.Key == key);
        }

        if (frame is null)
        {
            frame = context.Events.Add(EventKind.Summit, s.Index, context.Evidence(mention));
            frame.Key = key;
            frame.Date = year is { } y ? new PartialDate(y) : null;
        }

        if (edition is { } ordinal)
        {
            // A body's shorter name later on ("the 9th session of the Supreme Strategic Committee") keeps the full one.
            var name = EventAliases.Bare(mention.Text);
            frame.Name = frame.Ordinal == ordinal && frame.Name is { } named && named.Length > name.Length && named.EndsWith(name[name.LastIndexOf(' ')..], StringComparison.Ordinal)
                ? named
                : name;
            frame.Ordinal = ordinal;
        }
        else
        {
            // "the APEC summit": named as the series is, with its year ("2023 APEC Economic Leaders' Meeting").
            var organizationName = context.KnowledgeBase.Get<Organization>(organization) is { } known ? known.Acronym ?? known.Name : organization;
            var seriesName = series?.Name ?? organizationName + " summit";
            frame.Name ??= year is { } y ? $"{y.ToString(System.Globalization.CultureInfo.InvariantCulture)} {seriesName}" : seriesName;
        }

        frame.DescribedIn.Add(s.Index);
        return frame;
    }

    /// <summary>
    /// Whether two bodies of no series the lexicon knows are one, named once in full and once shorter: "the 9th session
    /// of the Qatari-Turkish Supreme Strategic Committee" and, later, "the Joint Declaration of the 9th session of the
    /// Supreme Strategic Committee" (org:qatari-turkish-supreme-strategic-committee and org:supreme-strategic-committee).
    /// </summary>
    private static bool ShortNameOfOneBody(ExtractionContext context, string earlier, string body)
    {
        if (context.KnowledgeBase.Lexicon.FindSeries(earlier) is not null)
        {
            return false;
        }

        var first = earlier[(earlier.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var second = body[(body.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return first.EndsWith("-" + second, StringComparison.Ordinal) || second.EndsWith("-" + first, StringComparison.Ordinal);
    }

    /// <summary>One frame per name and year of a named gathering ("the third Belt and Road Forum for International Cooperation"), named as written.</summary>
    private static EventFrame Gathering(ExtractionContext context, AnalyzedSentence s, Mention mention)
    {
        var stated = EditionYear(context, s, mention);
        var year = stated ?? context.Date?.Year;
        // A numbered gathering ("COP30") is one edition whatever year its sentences are of, keyed (and so identified across
        // articles) by its name alone; a year the text states dates it.
        var key = mention.Ordinal is not null && mention.Name is { } numbered
            ? numbered.ToUpperInvariant()
            : $"{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"} {mention.Name}";
        var frame = context.Events.Frames.FirstOrDefault(f => f.Key == key);
        if (frame is not null && stated is { } other && frame.Date?.Year == context.Date?.Year && other != context.Date?.Year)
        {
            frame.Date = new PartialDate(other); // first dated by the article's year, for want of a stated one
        }

        if (frame is null)
        {
            frame = context.Events.Add(EventKind.Summit, s.Index, context.Evidence(mention));
            frame.Key = key;
            frame.Date = year is { } y ? new PartialDate(y) : null;
            frame.Name = mention.Name;
            frame.Ordinal = mention.Ordinal;
        }

        frame.DescribedIn.Add(s.Index);
        return frame;
    }

    /// <summary>
    /// The edition's year from a date of its clause (a filing date in the dateline does not count): one before it ("in
    /// November, on the eve of an Asia-Pacific summit"), or after it when of the article's year, next to the edition
    /// ("the G7 summit in Hiroshima in May 2023") or in a participle's phrase that describes it ("the Summit for a New
    /// Global Financing Pact hosted by the French president in June that year"). In "Deal struck on eve of G7 summit commits Britain to sending
    /// carrier strike group to the region in 2025", the year dates the deployment, not the summit.
    /// </summary>
    private static int? EditionYear(ExtractionContext context, AnalyzedSentence s, Mention mention)
    {
        var datelineEnd = context.Article.Dateline?.Range.End ?? -1;
        var first = s.TokenAt(mention.Start);
        var last = AfterPlace(s, s.TokenAt(mention.End) - 1);
        var (start, end) = (Grammar.ClauseStart(s, first), Grammar.ClauseEnd(s, first));
        var participle = s.Word(last + 1) == "," ? last + 2 : last + 1;
        while (s.IsAny(participle, "was", "is", "were", "will", "be", "been"))
        {
            participle++; // "The first Russia-Africa Summit was held in Sochi in 2019"
        }

        var described = s.IsAny(participle, "hosted", "held", "organised", "organized", "convened", "chaired", "co-hosted", "co-chaired");
        foreach (var d in s.MentionSpanOf(MentionKind.Date))
        {
            var k = s.TokenAt(d.Start);
            if (d.Date is not { } date || d.Start < datelineEnd || k < start || k >= end)
            {
                continue;
            }

            // Before the edition, next after it, or in the words that describe it ("hosted by the French president in June that year").
            if (k <= last + NearDate || (described && k > last) || date.Year == context.Date?.Year)
            {
                return date.Year;
            }
        }

        return SidelinesYear(context, s, first);
    }

    /// <summary>
    /// The year of the meeting the sentence tells on the sidelines of the edition at token <paramref name="first"/>, or
    /// during it, when it is dated in another clause ("was in November, when Ardern met Xi on the sidelines of the APEC
    /// summit in Bangkok", in a story of the next June; "a year earlier, when Biden hosted Xi ..., during the APEC
    /// summit in San Francisco"): the meeting's edition is of its year. Null when no meeting of the sentence
    /// is dated, or all of its dated meetings are of the article's year.
    /// </summary>
    private static int? SidelinesYear(ExtractionContext context, AnalyzedSentence s, int first)
    {
        if (!SidelinesRule.AfterSidelines(s, first) && !s.Is(first - 1, "during"))
        {
            return null;
        }

        foreach (var frame in context.Events.DescribedIn(s.Index))
        {
            if (frame.Kind is EventKind.Meeting or EventKind.Summit && frame.ParticipantIds.Count >= 2 && frame.Date is { } date && date.Year != context.Date?.Year)
            {
                return date.Year;
            }
        }

        return null;
    }

    /// <summary>
    /// The last token of the place written after the edition, with its country ("the G20 summit in Bali, Indonesia, in
    /// November last year"), or <paramref name="last"/> when none follows: the date after the place is next to the edition.
    /// </summary>
    private static int AfterPlace(AnalyzedSentence s, int last)
    {
        if (EventPlaces.PlaceAfter(s, last) is { } place)
        {
            last = s.TokenAt(place.End) - 1;
        }

        if (s.MentionCovering(last, MentionKind.Place, MentionKind.Capital) is not null && s.Word(last + 1) == ","
            && s.MentionStartingAt(last + 2, MentionKind.Country) is { } country)
        {
            last = s.TokenAt(country.End) - 1;
        }

        return last;
    }

    /// <summary>The last city or venue mention of the story's text (not its dateline) that ends before <paramref name="offset"/>, or null.</summary>
    private static Mention? LastPlaceBefore(ExtractionContext context, AnalyzedSentence s, int offset)
    {
        var from = context.Article.Dateline is { } dateline ? dateline.Range.End : 0;
        Mention? last = null;
        foreach (var m in s.MentionSpan)
        {
            if (m.Start >= from && m.End <= offset && m.Kind is MentionKind.Place or MentionKind.Capital && m.NodeId is { } id && id.StartsWith("place:", StringComparison.Ordinal))
            {
                last = m;
            }
        }

        return last;
    }

    /// <summary>
    /// The token of "by" in "hosted by", "co-chaired by", ", which was co-hosted by" and the like right after an edition
    /// (token <paramref name="k"/> follows it), or -1.
    /// </summary>
    private static int HostedBy(AnalyzedSentence s, int k)
    {
        k = AfterWhichWas(s, k);
        return s.IsAny(k, "hosted", "co-hosted", "chaired", "co-chaired") && s.Is(k + 1, "by") ? k + 1 : -1;
    }

    /// <summary>The token after ", which", ", which was", ", which will be" at token <paramref name="k"/>; <paramref name="k"/> when no such words stand there.</summary>
    private static int AfterWhichWas(AnalyzedSentence s, int k)
    {
        if (s.Word(k) == "," && s.Is(k + 1, "which"))
        {
            k = s.IsAny(k + 2, "was", "is", "will") ? k + 3 : k + 2;
            k += s.Is(k, "be") ? 1 : 0;
        }

        return k;
    }

    /// <summary>
    /// The token of the participle in "held", ", held", ", which was held", "convened", "hosted" right at token
    /// <paramref name="k"/> after an edition, or -1.
    /// </summary>
    private static int HeldParticiple(AnalyzedSentence s, int k)
    {
        k = s.Word(k) == "," && !s.Is(k + 1, "which") ? k + 1 : AfterWhichWas(s, k);
        return s.IsAny(k, "held", "convened", "hosted", "co-hosted", "organised", "organized") ? k : -1;
    }

    private static void Place(ExtractionContext context, AnalyzedSentence s, Mention mention, EventFrame frame)
    {
        var k = s.TokenAt(mention.End);
        var by = HostedBy(s, k);
        if (by >= 0 && Grammar.Objects(s, by, Grammar.LeaderReferences(s)) is { Count: > 0 } hosts)
        {
            // "the summit hosted by ...", "the second India-CARICOM Summit, which was co-chaired by Prime Minister Modi and
            // Grenada's Prime Minister, Dickon Mitchell": those who hosted or chaired it attend.
            foreach (var host in hosts)
            {
                if (host.NodeId is { } hostId && context.Node<Leader>(hostId) is not null)
                {
                    frame.AddParticipant(hostId, context.Evidence(s.Index, mention.Start, host.PhraseEnd));
                }
            }

            k = s.TokenAt(hosts[^1].PhraseEnd);
        }

        // "the G20 summit, which Indonesian President Joko Widodo is hosting on the island": the host attends.
        if (s.Word(k) == "," && s.Is(k + 1, "which") && Grammar.LeaderPhraseAt(s, k + 2) is { NodeId: { } hosting } which)
        {
            var verb = s.TokenAt(which.PhraseEnd);
            verb += s.IsAny(verb, "is", "was", "will") ? 1 : 0;
            if (s.IsAny(verb, "hosting", "hosts", "hosted", "host"))
            {
                frame.AddParticipant(hosting, context.Evidence(s.Index, mention.Start, s.Tokens[verb].End));
            }
        }

        // "an extraordinary SADC summit held in Lilongwe", "the summit, which was convened in Sochi": the participle's place.
        k = HeldParticiple(s, k) is var held && held >= 0 && s.IsAny(held + 1, "in", "at") ? held + 1 : k;
        if (s.IsAny(k, "in", "at") && (s.Is(k, "in") || k > s.TokenAt(mention.End))
            && EventPlaces.PlaceAt(s, s.Is(k + 1, "the") ? k + 2 : k + 1) is { NodeId: { } id } place && id.StartsWith("place:", StringComparison.Ordinal))
        {
            frame.AddPlace(id, context.Evidence(s.Index, mention.Start, place.End));
            return; // the place written after it: "Xi arrived in Bangkok ... after attending the G20 summit in Bali"
        }

        // "Belem will host the COP30 United Nations climate conference": the city that hosts it.
        if (HostCity(s, s.TokenAt(mention.Start)) is { } city)
        {
            frame.AddPlace(city.NodeId!, context.Evidence(s.Index, city.Start, mention.End));
            return;
        }

        // "a memorial in Hiroshima ... when the South Korean leader attends the Group of Seven (G7) summit there": the
        // last place the sentence named before the summit.
        if (s.Is(k, "there") && LastPlaceBefore(context, s, mention.Start) is { } there)
        {
            frame.AddPlace(there.NodeId!, context.Evidence(s.Index, there.Start, s.Tokens[k].End));
        }

        // "visiting San Francisco, ..., to attend <series>", "arrived in Bangkok ... for <series>", "traveled to San Francisco, where he is attending <series>".
        var at = s.TokenAt(mention.Start);
        for (var i = at - 1; i >= 0 && at - i < 16; i--)
        {
            if (s.IsAny(i, "visiting", "arrived", "traveled", "travelled", "flew", "arriving") && s.Mentions.FirstOrDefault(m =>
                    m.Kind is MentionKind.Place or MentionKind.Capital && m.NodeId is { } p && p.StartsWith("place:", StringComparison.Ordinal)
                    && s.TokenAt(m.Start) > i && s.TokenAt(m.Start) <= i + 3) is { } visited
                && (s.IsAny(at - 1, "attend", "for") || s.IsAny(at - 1, "attending")) && !TravelBeforeOrAfter(s, i, at))
            {
                frame.AddPlace(visited.NodeId!, context.Evidence(s.Index, s.Tokens[i].Start, mention.End));
                break;
            }
        }
    }

    /// <summary>
    /// The city that is the subject of "host" right before the edition at token <paramref name="at"/>: "Belem will host",
    /// "Baku hosts", "Rio de Janeiro hosted", "Kazan is to host" (not a country: "Brazil hosts the G20" names no place).
    /// </summary>
    private static Mention? HostCity(AnalyzedSentence s, int at)
    {
        var verb = s.Is(at - 1, "the") ? at - 2 : at - 1;
        if (!s.IsAny(verb, "host", "hosts", "hosted", "hosting"))
        {
            return null;
        }

        var subject = verb - 1;
        if (s.IsAny(subject, "will", "to", "is", "was"))
        {
            subject -= s.IsAny(subject - 1, "is", "was") ? 2 : 1; // "will host", "is to host", "is hosting"
        }

        return s.MentionCovering(subject, MentionKind.Place, MentionKind.Capital) is { NodeId: { } id } city && id.StartsWith("place:", StringComparison.Ordinal)
            ? city
            : null;
    }

    /// <summary>Whether "after" or "before" stands between the travel at token <paramref name="travel"/> and the edition at <paramref name="at"/>: the trip was another's.</summary>
    private static bool TravelBeforeOrAfter(AnalyzedSentence s, int travel, int at)
    {
        for (var j = travel + 1; j < at; j++)
        {
            if (s.IsAny(j, "after", "before"))
            {
                return true;
            }
        }

        return false;
    }
}
