using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The meals of <see cref="OccasionRule"/> named by their host: "a dinner hosted by Ishiba", "Yoon hosted a dinner for
/// the Japanese couple", "The Bidens then hosted a state dinner in his honour", "a lunch hosted by Kamala Harris and
/// Antony Blinken". The hosts take part, and so does the guest: the leader the meal is for, or else the one other
/// participant of the article's main meeting when a host is one of its two.
/// </summary>
internal static class HostedMeal
{
    /// <summary>The most words between a verb of hosting and the "at" before its meal ("host Xi and his wife Peng Liyuan at").</summary>
    private const int MaxGuestWords = 12;

    private static readonly HashSet<string> Meals = new(StringComparer.OrdinalIgnoreCase) { "dinner", "lunch", "luncheon", "banquet" };

    /// <summary>Whether token <paramref name="k"/> is a meal's noun.</summary>
    public static bool IsMeal(AnalyzedSentence s, int k) => Meals.Contains(s.Word(k));

    /// <summary>Records the meal whose noun is token <paramref name="head"/>, when the sentence names its host.</summary>
    public static void Record(ExtractionContext context, AnalyzedSentence s, int head)
    {
        var first = OccasionRule.FirstModifier(s, head);
        var start = first - 1;
        if (!s.IsAny(start, "a", "an", "the"))
        {
            return;
        }

        var references = Grammar.LeaderReferences(s);
        var end = head;
        int? hosting = null; // the verb of "host Modi at a state banquet", whose objects are the guests
        List<Mention> hosts;
        if (s.Is(head + 1, "hosted") && s.Is(head + 2, "by"))
        {
            hosts = Grammar.Objects(s, head + 2, references); // "a dinner hosted by Ishiba"
            end = hosts.Count > 0 ? s.TokenAt(hosts[^1].PhraseEnd) - 1 : head;
        }
        else if (HostsAt(s, start, references) is { } verb)
        {
            hosts = Grammar.Subject(s, verb, references); // "Macron will host Modi at a state banquet"
            hosting = verb;
        }
        else
        {
            hosts = OccasionRule.IsVerbOfHosting(s, start - 1) ? Grammar.Subject(s, start - 1, references) : [];
        }

        var hostIds = Grammar.Leaders(hosts);
        if (hostIds.Count == 0)
        {
            return;
        }

        var guests = hosting is { } verbAt
            ? Grammar.Leaders([.. Grammar.Objects(s, verbAt, references).Where(r => r.End <= s.Tokens[start - 1].Start)])
            : Grammar.Leaders(Guests(s, end, references));
        if (guests.Count == 0 && OtherOfMain(context, hostIds) is { } other)
        {
            guests.Add(other);
        }

        var participants = hostIds.Concat(guests).Distinct(StringComparer.Ordinal).ToList();
        if (participants.Count < 2)
        {
            return;
        }

        var phrase = s.Slice(s.Tokens[first].Start, s.Tokens[head].End).ToLowerInvariant();
        var name = $"{phrase} hosted by {Names(context, hostIds)}" + (guests.Count > 0 ? $" for {Names(context, guests)}" : "");
        var evidence = context.Evidence(s.Index, Math.Min(s.Tokens[start].Start, hosts[0].PhraseStart), Math.Max(s.Tokens[end].End, hosts[^1].PhraseEnd));
        var date = FrameText.DateOf(s, start, end, [], context.Article.Dateline?.Range.End ?? -1);
        var frame = OccasionRule.Frame(context, s, $"{date?.Date?.Year ?? context.Date?.Year} {name}", name, evidence);
        frame.Date ??= date?.Date ?? context.Events.Main?.Date;
        EventAliases.AddForm(frame, s.Slice(s.Tokens[start].Start, s.Tokens[head].End));
        if (end > head)
        {
            EventAliases.AddForm(frame, s.Slice(s.Tokens[start].Start, s.Tokens[end].End));
        }

        foreach (var id in participants)
        {
            frame.AddParticipant(id, evidence);
        }

        foreach (var place in FrameText.PlacesAfter(s, end, [], first: start))
        {
            frame.AddPlace(place.NodeId!, context.Evidence(s.Index, s.Tokens[start].Start, Math.Max(place.End, s.Tokens[end].End)));
        }
    }

    /// <summary>
    /// The verb of "host Modi at a state banquet", "hosted Xi and his wife Peng Liyuan at a banquet": a verb of hosting
    /// whose objects, leaders with their spouses' names, run up to the "at" before the meal's article at
    /// <paramref name="article"/>; null when the words before the meal are not that.
    /// </summary>
    private static int? HostsAt(AnalyzedSentence s, int article, List<Mention> references)
    {
        if (!s.Is(article - 1, "at"))
        {
            return null;
        }

        var k = article - 2;
        var objects = 0;
        while (k >= 0 && k >= article - MaxGuestWords)
        {
            if (s.IsAny(k, "host", "hosts", "hosted", "hosting"))
            {
                return objects > 0 ? k : null;
            }

            var covering = references.FirstOrDefault(r => r.PhraseStart <= s.Tokens[k].Start && s.Tokens[k].End <= r.PhraseEnd);
            if (covering is not null)
            {
                objects++;
                k = s.TokenAt(covering.PhraseStart) - 1;
            }
            else if (s.IsAny(k, "and", ",", "his", "her", "their", "wife", "husband", "spouse") || s.IsCapitalized(k))
            {
                k--;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"for Kishida", "in his honour", "in honor of Modi": the leaders a meal is for, right after it.</summary>
    private static List<Mention> Guests(AnalyzedSentence s, int end, List<Mention> references)
    {
        var k = end + 1;
        if (s.Is(k, "for"))
        {
            return Grammar.Objects(s, k, references);
        }

        if (s.Is(k, "in") && s.IsAny(k + 2, "honour", "honor"))
        {
            return [.. references.Where(r => s.TokenAt(r.Start) == k + 1 && r.Kind == MentionKind.Pronoun)];
        }

        return s.Is(k, "in") && s.IsAny(k + 1, "honour", "honor") && s.Is(k + 2, "of") ? Grammar.Objects(s, k + 2, references) : [];
    }

    /// <summary>The other participant of the article's two-leader main meeting, when a host is one of them.</summary>
    private static string? OtherOfMain(ExtractionContext context, List<string> hosts)
    {
        if (context.Events.Main is not { ParticipantIds.Count: 2 } main)
        {
            return null;
        }

        var ids = main.ParticipantIds;
        return hosts.Contains(ids[0]) ? ids[1] : hosts.Contains(ids[1]) ? ids[0] : null;
    }

    /// <summary>The leaders' names joined by "and" ("Kamala Harris and Antony Blinken").</summary>
    internal static string Names(ExtractionContext context, List<string> ids) =>
        string.Join(" and ", ids.Select(id => context.Node<Leader>(id)?.Name ?? id));
}
