using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Occasions leaders attend besides their talks, named by the person they are for: "attend the state funeral of
/// former Japanese Prime Minister Shinzo Abe" (the state funeral of Shinzo Abe), "hosted a state dinner for Kishida"
/// (a state dinner for Fumio Kishida), "attended Modi's swearing-in ceremony" (the inauguration of Narendra Modi, see
/// <see cref="Inauguration"/>). The leaders who are the subject of the clause take part; the honoree of a
/// dinner, banquet, luncheon or reception takes part too, but the person a funeral is for does not. Places and a
/// date written in the clause are its place and date.
/// </summary>
/// <remarks>
/// An occasion is named only when the text names its person, or for a meal, its host ("a dinner hosted by Ishiba",
/// see <see cref="HostedMeal"/>); "a dinner" alone says too little to tell one dinner from another, so it is left out.
/// </remarks>
public sealed class OccasionRule : IExtractionRule
{
    private static readonly Dictionary<string, string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["funeral"] = "of", ["dinner"] = "for", ["banquet"] = "for", ["luncheon"] = "for", ["lunch"] = "for", ["reception"] = "for",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "official", "informal", "private", "working", "welcome", "welcoming", "memorial", "formal",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (Heads.TryGetValue(s.Word(i), out var preposition) && s.Is(i + 1, preposition) && Occasion(context, s, i, preposition))
                {
                    continue;
                }

                if (HostedMeal.IsMeal(s, i))
                {
                    HostedMeal.Record(context, s, i);
                }
                else if (Inauguration.IsInauguration(s, i))
                {
                    Inauguration.Record(context, s, i);
                }
                else if (s.IsAny(i, "ceremony", "welcome"))
                {
                    WelcomeCeremony.Record(context, s, i);
                }
                else if (WitnessedSigning.IsWitnessing(s, i))
                {
                    WitnessedSigning.Record(context, s, i);
                }
            }
        }
    }

    /// <summary>The occasion named by its person at <paramref name="head"/>; whether there was one.</summary>
    private static bool Occasion(ExtractionContext context, AnalyzedSentence s, int head, string preposition)
    {
        var references = Grammar.LeaderReferences(s);
        var honoree = Honoree(s, head + 2, references);
        if (honoree?.NodeId is not { } honoreeId || context.Node<Leader>(honoreeId) is not { } person)
        {
            return false;
        }

        var first = FirstModifier(s, head);
        var start = s.Is(first - 1, "the") || s.IsAny(first - 1, "a", "an") ? first - 1 : first;
        var phrase = s.Slice(s.Tokens[first].Start, s.Tokens[head].End).ToLowerInvariant();
        var name = $"{phrase} {preposition} {person.Name}";
        var candidates = Grammar.Subject(s, start, references);
        var subject = Subordinated(s, candidates, start) ? [] : candidates.Where(r => r.NodeId is not null && r.NodeId != honoreeId).ToList();
        var funeral = s.Is(head, "funeral");
        if (subject.Count == 0 && funeral)
        {
            return true; // a funeral nobody in the text attends is background, not an event of the story
        }

        var evidence = context.Evidence(s.Index, s.Tokens[start].Start, honoree.PhraseEnd);
        var date = FrameText.DateOf(s, start, s.TokenAt(honoree.PhraseEnd) - 1, [], context.Article.Dateline?.Range.End ?? -1);
        var year = date?.Date?.Year ?? context.Date?.Year;
        var frame = Frame(context, s, Key(year, name), name, evidence);
        frame.Date ??= date?.Date;
        EventAliases.AddForm(frame, s.Slice(s.Tokens[start].Start, honoree.PhraseEnd));
        if (!funeral && subject.Count > 0)
        {
            // "Yoon hosted a state dinner for Biden": the name readers give a meal by its host too (see HostedMeal).
            frame.Aliases.Add($"{phrase} hosted by {HostedMeal.Names(context, Grammar.Leaders(subject))} {preposition} {person.Name}");
        }
        foreach (var leader in subject)
        {
            frame.AddParticipant(leader.NodeId!, context.Evidence(s.Index, Math.Min(leader.PhraseStart, s.Tokens[start].Start), honoree.PhraseEnd));
        }

        if (!funeral)
        {
            frame.AddParticipant(honoreeId, evidence);
        }

        foreach (var place in FrameText.PlacesAfter(s, s.TokenAt(honoree.PhraseEnd) - 1, [], allowTo: true, first: start))
        {
            frame.AddPlace(place.NodeId!, context.Evidence(s.Index, Math.Min(place.Start, s.Tokens[start].Start), Math.Max(place.End, honoree.PhraseEnd)));
        }

        return true;
    }

    /// <summary>The first of the words before the occasion's noun at <paramref name="head"/> that describe it ("state", "informal").</summary>
    internal static int FirstModifier(AnalyzedSentence s, int head) => FirstModifier(s, head, Modifiers);

    /// <summary>The first of the words of <paramref name="modifiers"/> that stand right before the noun at <paramref name="head"/>.</summary>
    internal static int FirstModifier(AnalyzedSentence s, int head, HashSet<string> modifiers)
    {
        var first = head;
        while (first > 0 && modifiers.Contains(s.Word(first - 1)))
        {
            first--;
        }

        return first;
    }

    /// <summary>The key of an occasion: its year ("undated" when the text gives none) and its name.</summary>
    internal static string Key(int? year, string name) => $"{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"} {name}";

    /// <summary>
    /// The frame of the occasion whose <paramref name="key"/> (its year and name) is given: one frame per occasion,
    /// whichever sentence tells it.
    /// </summary>
    internal static EventFrame Frame(ExtractionContext context, AnalyzedSentence s, string key, string name, Evidence evidence)
    {
        var frame = context.Events.Frames.FirstOrDefault(f => f.Key == key) ?? context.Events.Add(EventKind.Other, s.Index, evidence);
        frame.Key = key;
        frame.Name = name;
        return frame;
    }

    /// <summary>
    /// Whether a clause of time or a relative clause opens between the subject and the occasion ("Modi and Kishida
    /// held talks in Tokyo, when the Prime Minister travelled to attend ..."): the subject is then another clause's.
    /// </summary>
    internal static bool Subordinated(AnalyzedSentence s, List<Mention> subject, int start)
    {
        if (subject.Count == 0)
        {
            return false;
        }

        for (var k = s.TokenAt(subject[^1].PhraseEnd); k < start; k++)
        {
            if (s.IsAny(k, "when", "while", "after", "before", "since", "as", "who", "which", "where", ","))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The leader named at token <paramref name="k"/>, past "former" and titles ("former Japanese Prime Minister Shinzo Abe").</summary>
    internal static Mention? Honoree(AnalyzedSentence s, int k, List<Mention> references)
    {
        foreach (var r in references)
        {
            var at = s.TokenAt(r.PhraseStart);
            if (r.Kind == MentionKind.Leader && (at == k || (at == k + 1 && s.IsAny(k, "former", "late", "the"))))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Whether token <paramref name="k"/> is a verb of hosting an occasion ("hosted", "held", "gave", "threw"): its subject hosts.</summary>
    internal static bool IsVerbOfHosting(AnalyzedSentence s, int k) =>
        s.IsAny(k, "host", "hosts", "hosted", "hosting", "held", "holds", "gave", "gives", "threw");
}
