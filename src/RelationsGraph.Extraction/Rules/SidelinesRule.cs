using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// A meeting held "on the sidelines of", "on the fringes of" or "on the margins of" a summit is part of it, and so
/// is one held by a leader who came "to attend" the summit. The summit is a series' edition ("the 30th APEC Economic
/// Leaders' Meeting") or an event the article names ("the summit": the article's main summit). "Ahead of" or "on the
/// eve of" a summit is not. A
/// meeting on the sidelines shares the summit's city, in both directions: the city of either is the city of both.
/// </summary>
public sealed class SidelinesRule : IExtractionRule
{
    /// <summary>Whether token <paramref name="k"/> follows "on the sidelines of" (or "margins", "fringes", singular or plural).</summary>
    internal static bool AfterSidelines(AnalyzedSentence s, int k) =>
        s.Is(k - 1, "of") && s.IsAny(k - 2, "sidelines", "sideline", "fringes", "fringe", "margins", "margin") && s.Is(k - 3, "the") && s.Is(k - 4, "on");

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var child = Attachment.FrameFor(context, s);
            if (child is null)
            {
                continue;
            }

            for (var i = 0; i + 3 < s.Tokens.Count; i++)
            {
                var sidelines = AfterSidelines(s, i + 4);
                var attend = s.Is(i, "to") && s.IsAny(i + 1, "attend") && child.DescribedIn.Contains(s.Index);
                var during = s.IsAny(i, "during", "at") && child.DescribedIn.Contains(s.Index);
                if (!sidelines && !attend && !during)
                {
                    continue;
                }

                var at = sidelines ? i + 4 : during ? i + 1 : i + 2;
                // "the 30th APEC Economic Leaders' Meeting", or an event the article has named before: "the summit".
                var parent = s.MentionStartingAt(at, MentionKind.Series) ?? Named(s.MentionStartingAt(at, MentionKind.EventNoun));
                // On its sidelines, "the summit" is also the edition named last at or before it ("to attend the eighth Greater
                // Mekong Subregion Summit ... On the sidelines of the summit, ...").
                var frame = parent is null ? null : FrameNamed(context, parent.Text) ?? MainSummit(context, parent)
                    ?? (sidelines && parent.Kind == MentionKind.EventNoun && MeetingAttendance.IsEditionNoun(context, s, parent) ? MeetingAttendance.EditionOf(context, s, parent) : null);
                if (frame is null || frame == child)
                {
                    continue;
                }

                var evidence = context.Evidence(s.Index, s.Tokens[i].Start, parent!.End);
                var held = sidelines ? ToldJustBefore(context, s, s.Tokens[i].Start) ?? child : child;
                if (held.Date is { } heldOn && ((frame.Date is { } summitOn && heldOn.Year != summitOn.Year) || (held == child && OfAnotherTime(s, heldOn, s.Tokens[i].Start))))
                {
                    // "Modi and Xi had only brief exchanges: on the sidelines of the G20 summit in Bali in November 2022" in a
                    // story of 2024; "In August, Abiy said ... following discussions with Xi on the sidelines of the BRICS
                    // summit" in a story of talks in October.
                    continue;
                }

                if (held == child && sidelines && InRelativeClauseOfAThing(s, i))
                {
                    // "The talks also addressed the corridor, which was announced on the sidelines of the G20 summit": the
                    // corridor's announcement was on the sidelines, not the talks.
                    continue;
                }

                if (held.Date is null && !held.DescribedIn.Contains(s.Index) && OfAnotherYear(context, s))
                {
                    // A sentence about something else, dated to another year, is not about the undated meeting of the story:
                    // "a body India and France had launched on the sidelines of the COP21 climate conference in Paris in 2015".
                    continue;
                }

                held.Parents.Add((frame, evidence));
                if (sidelines && i == s.FirstBodyToken)
                {
                    // "On the sidelines of the summit, Biden held separate talks with Modi and Albanese, while Kishida
                    // also met both men": the opening phrase sets every meeting of the sentence on the sidelines.
                    foreach (var other in context.Events.DescribedIn(s.Index))
                    {
                        if (other != child && other != frame && other.Kind is EventKind.Meeting or EventKind.Call && other.Parents.Count == 0)
                        {
                            other.Parents.Add((frame, evidence));
                        }
                    }
                }
            }
        }

        ShareCities(context);
    }

    /// <summary>
    /// The meeting or call the sentence tells last before <paramref name="offset"/>, when it is not the frame the sentence
    /// is about: "Friday's meeting was the first formal talks between the two leaders since they met in Bali ... on the
    /// sidelines of the Group of 20 (G20) summit" puts the Bali meeting, not Friday's, on the sidelines.
    /// </summary>
    private static EventFrame? ToldJustBefore(ExtractionContext context, AnalyzedSentence s, int offset)
    {
        EventFrame? last = null;
        foreach (var frame in context.Events.DescribedIn(s.Index))
        {
            if (frame.Kind is EventKind.Meeting or EventKind.Call && frame.Trigger.Sentence == s.Index && frame.Trigger.Start < offset
                && (last is null || frame.Trigger.Start > last.Trigger.Start))
            {
                last = frame;
            }
        }

        return last;
    }

    /// <summary>
    /// Whether token <paramref name="at"/> is in a "which" clause whose antecedent is no event ("the corridor, which was
    /// announced on the sidelines of"); "the meeting, which took place on the sidelines of" is the meeting's.
    /// </summary>
    private static bool InRelativeClauseOfAThing(AnalyzedSentence s, int at)
    {
        for (var k = at - 1; k > 1; k--)
        {
            if (s.Is(k, "which") && s.Word(k - 1) == ",")
            {
                return s.MentionCovering(k - 2, MentionKind.EventNoun, MentionKind.Series) is null;
            }

            if (s.Word(k) is ";" or ":")
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether a date of the sentence is of another year than the article's, or of any year when the article has no date.</summary>
    private static bool OfAnotherYear(ExtractionContext context, AnalyzedSentence s)
    {
        foreach (var date in s.MentionSpanOf(MentionKind.Date))
        {
            if (date.Date is { } on && on.Year != context.Date?.Year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence dates what it tells before <paramref name="before"/> at another time than <paramref name="held"/>,
    /// the meeting it is about, and gives that meeting's date nowhere: "In August, Abiy said ... following discussions with
    /// Xi on the sidelines of the BRICS summit", "The last meeting ... had taken place in June 2022, when Bolsonaro met the
    /// American on the sidelines of the Summit of the Americas", in stories of talks in October and in February.
    /// </summary>
    private static bool OfAnotherTime(AnalyzedSentence s, PartialDate held, int before)
    {
        var other = false;
        foreach (var date in s.MentionSpanOf(MentionKind.Date))
        {
            if (date.Date is not { } on)
            {
                continue;
            }

            if (EventRegistry.Compatible(on, held))
            {
                return false;
            }

            other |= date.End <= before;
        }

        return other;
    }

    /// <summary>"the summit" that no frame has as an alias yet: the article's main event, when that is a summit.</summary>
    private static EventFrame? MainSummit(ExtractionContext context, Mention parent) =>
        parent.Kind == MentionKind.EventNoun && parent.Head == "summit" && context.Events.Main is { Kind: EventKind.Summit } main ? main : null;

    /// <summary>A definite event noun ("the summit"), which names a frame by its alias; null for another.</summary>
    private static Mention? Named(Mention? noun) => noun is { IsDefinite: true, Head: "summit" or "meeting" or "talks" } ? noun : null;

    /// <summary>The first frame with <paramref name="alias"/> among its aliases (a helper, so that the loop over tokens allocates no closure).</summary>
    private static EventFrame? FrameNamed(ExtractionContext context, string alias)
    {
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Aliases.Contains(alias))
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>
    /// Gives each meeting on the sidelines its parent's cities, or the parent the meeting's when it has none; only parents
    /// of <paramref name="parentKind"/> when one is given (after the visits' parts are known, a visit's city is its own).
    /// </summary>
    internal static void ShareCities(ExtractionContext context, EventKind? parentKind = null)
    {
        foreach (var child in context.Events.Frames)
        {
            foreach (var (parent, evidence) in child.Parents)
            {
                if (parentKind is { } kind && parent.Kind != kind)
                {
                    continue;
                }

                var childCities = Cities(context, child);
                var parentCities = Cities(context, parent);
                if (parentCities.Count > 0)
                {
                    foreach (var city in parentCities.Where(c => !childCities.Any(x => x.Id == c.Id)))
                    {
                        child.AddPlace(city.Id, city.Evidence);
                    }
                }
                else
                {
                    foreach (var city in childCities)
                    {
                        parent.AddPlace(city.Id, city.Evidence);
                    }
                }
            }
        }
    }

    private static List<(string Id, Evidence Evidence)> Cities(ExtractionContext context, EventFrame frame) =>
        [.. frame.Places.Where(p => context.Node<Place>(p.Id) is { } place && IsCity(context, place.Name)).DistinctBy(p => p.Id)];

    private static bool IsCity(ExtractionContext context, string name) =>
        context.KnowledgeBase.CountryWithCapital(name) is not null || context.KnowledgeBase.Lexicon.FindPlace(name) is { Kind: Knowledge.PlaceKind.City };
}
