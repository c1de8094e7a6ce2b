using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Speeches: "Kishida is set to address a joint session of the Philippine Congress" (an address by Fumio Kishida to
/// a joint session of the Philippine Congress, organized by the Philippine Congress), "Macron addressed around a
/// thousand students at Sun Yat-sen University" (an address by Emmanuel Macron at Sun Yat-sen University, held
/// there), "Kishida delivered a lecture at the Indian Council of World Affairs" (a lecture by Fumio Kishida at the
/// Indian Council of World Affairs). The speaker, the subject of the clause, takes part.
/// </summary>
/// <remarks>
/// The verb counts only with an audience a speech is given to: an organization ("addressed the UN General
/// Assembly") or a noun of one ("a joint session", "students", "a crowd"); "addressed the issue" and "addressed
/// reporters" are no speech. A speech noun counts only after a verb of giving one and before the body or place it was
/// given at or to ("delivered a keynote address on Thursday" names neither, so it is left out). A speech given
/// during a visit is part of it (<see cref="VisitPartRule"/>).
/// </remarks>
public sealed class AddressRule : IExtractionRule
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "address", "addressed", "addresses", "addressing" };

    /// <summary>Words before the bare verb "address" that make it a verb ("is set to address", "will address").</summary>
    private static readonly HashSet<string> VerbLeads = new(StringComparer.OrdinalIgnoreCase) { "to", "will", "would", "also", "then", "later", "first" };

    /// <summary>Nouns of the audience a speech is given to.</summary>
    private static readonly HashSet<string> Audiences = new(StringComparer.OrdinalIgnoreCase)
    {
        "session", "sitting", "parliament", "congress", "assembly", "students", "crowd", "audience", "lawmakers", "legislators",
        "rally", "parliamentarians", "senators", "legislature",
    };

    /// <summary>Words that end the object of "addressed" (the place, time or manner that follows it).</summary>
    private static readonly HashSet<string> ObjectEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "at", "in", "on", "during", "after", "before", "via", "with", "when", "where", "which", "who", "for", "and",
        "as", "to", "from", "while", "amid",
    };

    private static readonly HashSet<string> SpeechNouns = new(StringComparer.OrdinalIgnoreCase) { "speech", "address", "lecture" };

    private static readonly HashSet<string> GiveVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "delivered", "deliver", "delivers", "delivering", "gave", "give", "gives", "giving", "made", "make", "makes",
    };

    private static readonly HashSet<string> SpeechModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "keynote", "policy", "major", "televised", "rare", "landmark", "key", "public", "special",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            for (var i = 1; i < s.Tokens.Count; i++)
            {
                if (Verbs.Contains(s.Word(i)) && (!s.Is(i, "address") || VerbLeads.Contains(s.Word(i - 1))))
                {
                    ByVerb(context, s, i);
                }
                else if (SpeechNouns.Contains(s.Word(i)))
                {
                    ByNoun(context, s, i);
                }
            }
        }
    }

    /// <summary>"addressed a joint session of the Philippine Congress", "addressed students at Sun Yat-sen University".</summary>
    private static void ByVerb(ExtractionContext context, AnalyzedSentence s, int verb)
    {
        var end = verb + 1;
        var clauseEnd = Grammar.ClauseEnd(s, verb);
        Mention? body = null;
        var audience = false;
        while (end < clauseEnd && (end == verb + 1 || !ObjectEnds.Contains(s.Word(end))))
        {
            if (end > verb + 1 && s.MentionStartingAt(end, MentionKind.Date) is not null)
            {
                break; // "to address a special sitting of the National Assembly today": when, not whom
            }

            if (body is null && s.MentionStartingAt(end, MentionKind.Organization) is { NodeId: not null } organization)
            {
                body = organization;
                end = s.TokenAt(organization.End);
                break; // "a joint meeting of the US Congress, his second such address": the body ends the audience
            }

            audience |= Audiences.Contains(s.Word(end));
            end++;
        }

        if ((body is null && !audience) || end == verb + 1)
        {
            return;
        }

        var venue = body is null ? PlaceAt(s, end) : null;
        var audienceText = s.Slice(s.Tokens[verb + 1].Start, s.Tokens[end - 1].End);
        var name = venue is null ? $"to {audienceText}" : $"at {s.Slice(s.Tokens[end + 1].Start, venue.End)}";
        var last = venue is null ? end - 1 : s.TokenAt(venue.End) - 1;
        // "a joint session of the Philippine Congress" names the occasion; "the Australian Parliament" alone names only
        // the body, and an audience that names no sitting ("the General Assembly", "students") only who heard it: the
        // occasion is then the verb's phrase ("address the Australian Parliament").
        var namesOccasion = !(body is not null && s.TokenAt(body.Start) <= verb + 2) && NamesASitting(s, verb + 1, end);
        var phrase = s.Slice(s.Tokens[verb].Start, s.Tokens[end - 1].End);
        Record(context, s, verb, "address", name, last, body, venue, namesOccasion ? [audienceText, phrase] : [phrase]);
    }

    /// <summary>"delivered a lecture at the Indian Council of World Affairs", "gave a speech to the Bundestag".</summary>
    private static void ByNoun(ExtractionContext context, AnalyzedSentence s, int noun)
    {
        var first = noun;
        while (first > 0 && SpeechModifiers.Contains(s.Word(first - 1)))
        {
            first--;
        }

        var article = first - 1;
        if (!s.IsAny(article, "a", "an", "his", "her", "the") || !GiveVerbs.Contains(s.Word(article - 1)) || !s.IsAny(noun + 1, "at", "to", "before"))
        {
            return;
        }

        var at = s.Is(noun + 2, "the") ? noun + 3 : noun + 2;
        var target = s.MentionStartingAt(at, MentionKind.Organization, MentionKind.Place, MentionKind.Capital);
        if (target?.NodeId is not { } id || (target.Kind != MentionKind.Organization && !id.StartsWith("place:", StringComparison.Ordinal)))
        {
            return; // nothing named, or a capital that stands for its government ("a speech to Washington")
        }

        var body = target.Kind == MentionKind.Organization ? target : null;
        var venue = body is null ? target : null;
        var name = $"{s.Word(noun + 1).ToLowerInvariant()} {s.Slice(s.Tokens[noun + 2].Start, target.End)}";
        Record(context, s, article - 1, s.Word(noun).ToLowerInvariant(), name, s.TokenAt(target.End) - 1, body, venue, [s.Slice(s.Tokens[article].Start, s.Tokens[noun].End)]);
    }

    /// <summary>Whether the words from token <paramref name="first"/> up to <paramref name="end"/> name a sitting: "a joint session of ...", "a rally".</summary>
    private static bool NamesASitting(AnalyzedSentence s, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (s.IsAny(k, "session", "sitting", "meeting", "rally"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The place of "at (the) &lt;place&gt;" at token <paramref name="k"/>, or null.</summary>
    private static Mention? PlaceAt(AnalyzedSentence s, int k) =>
        s.Is(k, "at") && PlacePhrases.PlaceAdverbial(s, k) is { Kind: MentionKind.Place, NodeId: not null } place ? place : null;

    /// <summary>Whether the verb at token <paramref name="verb"/> is a participle after a word of time ("after addressing"), whose subject is the sentence's.</summary>
    private static bool AfterTimeWord(AnalyzedSentence s, int verb) =>
        s.Is(verb, "addressing") && s.IsAny(verb - 1, "after", "before", "since", "while", "when");

    /// <summary>
    /// The speech given by the subject of token <paramref name="verb"/>, named "<paramref name="noun"/> by (speaker)
    /// <paramref name="target"/>"; its words end at token <paramref name="last"/>.
    /// </summary>
    private static void Record(
        ExtractionContext context, AnalyzedSentence s, int verb, string noun, string target, int last, Mention? body, Mention? venue, string[] aliases)
    {
        var references = Grammar.LeaderReferences(s);
        var speaker = Grammar.Leaders(AfterTimeWord(s, verb) && references.Find(r => s.TokenAt(r.PhraseStart) == s.FirstBodyToken) is { } opening
            ? [opening] // "Netanyahu met Biden on Thursday, one day after addressing a joint meeting of Congress": the sentence's subject
            : Grammar.Subject(s, verb, references));
        if (speaker.Count != 1 || context.Node<Leader>(speaker[0]) is not { } leader)
        {
            return;
        }

        var name = $"{noun} by {leader.Name} {target}";
        var evidence = context.Evidence(s.Index, s.Tokens[verb].Start, s.Tokens[last].End);
        var date = FrameText.DateOf(s, verb, last, [], context.Article.Dateline?.Range.End ?? -1)?.Date;
        var year = date?.Year ?? context.Date?.Year;
        // One speech per speaker and body or venue: "to address Philippine Congress" in a headline is the body's
        // "address to a joint session of the Philippine Congress"; the fuller name, told later, stays.
        var place = context.Node<Node>(body?.NodeId ?? venue?.NodeId)?.Name;
        var key = OccasionRule.Key(year, place is null ? name : $"{noun} by {leader.Name} {(body is null ? "at" : "to")} {place}");
        var earlier = context.Events.Frames.FirstOrDefault(f => f.Key == key)?.Name;
        var frame = OccasionRule.Frame(context, s, key, earlier is not null && earlier.Length > name.Length ? earlier : name, evidence);
        frame.Date ??= date;
        foreach (var alias in aliases)
        {
            frame.Aliases.Add(alias);
        }

        frame.AddParticipant(leader.Id, evidence);
        if (body is not null && !frame.Organizers.Exists(o => o.Id == body.NodeId))
        {
            frame.Organizers.Add((body.NodeId!, evidence));
        }

        if (venue is not null)
        {
            frame.AddPlace(venue.NodeId!, evidence);
        }
    }
}
