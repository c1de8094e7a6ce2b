using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The welcome of <see cref="OccasionRule"/> given to a visiting leader: "the Egyptian president was given a ceremonial
/// welcome", "An official welcome ceremony was held for the Chinese leader", "Xi received the Brazilian president with
/// an official welcome ceremony", "Trong and Xi at an official welcome ceremony in Hanoi".
/// </summary>
/// <remarks>
/// <para>
/// The guest is the leader the welcome is "for", else the one a word of welcoming has as its object ("received the
/// Brazilian president with ..."), else the subject of "was given", else the one leader before the noun who is
/// visiting. The guest takes part, and so do the leaders who welcome them: the subject of the word of welcoming, the
/// leaders named with the guest before the noun, and those the guest "was received by". The welcome is named for
/// its guest ("welcome ceremony for Xi Jinping"), and the words of the text ("a ceremonial welcome") are an alias;
/// the places written after the noun are where it was held, and the visit it belongs to is found as for any occasion
/// (<see cref="VisitPartRule"/>).
/// </para>
/// <para>
/// "welcome" alone is no ceremony ("a warm welcome"): it needs a word of ceremony before it ("ceremonial",
/// "official", "state"). "ceremony" needs a word of welcome ("welcome", "welcoming", "reception"), or a word of state
/// after a verb of welcoming ("Xi welcomed the Indonesian head of state with a state ceremony"); a signing ceremony is
/// another occasion.
/// </para>
/// </remarks>
internal static class WelcomeCeremony
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "state", "ceremonial", "formal", "grand", "welcome", "welcoming", "reception", "red-carpet", "military",
    };

    private static readonly HashSet<string> Welcoming = new(StringComparer.OrdinalIgnoreCase)
    {
        "received", "welcomed", "greeted", "hosted", "receives", "welcomes", "greets", "hosts",
    };

    /// <summary>Records the welcome whose noun is token <paramref name="head"/>, if it is one and its guest is named.</summary>
    public static void Record(ExtractionContext context, AnalyzedSentence s, int head)
    {
        var first = OccasionRule.FirstModifier(s, head, Modifiers);
        var verb = VerbBefore(s, first);
        if (!IsWelcome(s, first, head, verb))
        {
            return;
        }

        var start = s.IsAny(first - 1, "a", "an", "the") ? first - 1 : first;
        var references = Grammar.LeaderReferences(s);
        var hosts = new List<Mention>();
        var guest = GuestFor(s, head, references);
        if (verb >= 0)
        {
            guest ??= Grammar.Objects(s, verb, references).FirstOrDefault();
            hosts.AddRange(Grammar.Subject(s, verb, references));
        }
        else
        {
            var before = Grammar.Subject(s, start, references);
            var given = s.IsAny(start - 1, "given", "accorded");
            if (before.Count == 0 && given && references.Count > 0 && s.TokenAt(references[0].PhraseStart) == 0)
            {
                before.Add(references[0]); // "Modi, who is on his first state visit to the US, was given a ceremonial welcome"
            }

            // "Xi hosted a welcoming ceremony ... for his guest": the subject of a verb of hosting gives the welcome.
            guest ??= given ? before.FirstOrDefault() : OccasionRule.IsVerbOfHosting(s, start - 1) ? null : Visitor(context, before);
            hosts.AddRange(before);
        }

        if (guest?.NodeId is not { } guestId || context.Node<Leader>(guestId) is not { } person)
        {
            return;
        }

        hosts.AddRange(ReceivedBy(s, head, references));
        var name = $"welcome ceremony for {person.Name}";
        var evidence = context.Evidence(s.Index, Math.Min(s.Tokens[start].Start, guest.PhraseStart), Math.Max(s.Tokens[head].End, guest.PhraseEnd));
        var date = FrameText.DateOf(s, start, head, [], context.Article.Dateline?.Range.End ?? -1);
        var frame = OccasionRule.Frame(context, s, OccasionRule.Key(date?.Date?.Year ?? context.Date?.Year, name), name, evidence);
        frame.Date ??= date?.Date;
        EventAliases.AddForm(frame, s.Slice(s.Tokens[start].Start, s.Tokens[head].End));
        frame.AddParticipant(guestId, evidence);
        foreach (var host in hosts)
        {
            foreach (var id in host.NodeIds)
            {
                if (id != guestId && context.Node<Leader>(id) is not null)
                {
                    frame.AddParticipant(id, context.Evidence(s.Index, Math.Min(host.PhraseStart, s.Tokens[start].Start), Math.Max(host.PhraseEnd, s.Tokens[head].End)));
                }
            }
        }

        foreach (var place in FrameText.PlacesAfter(s, head, [], allowTo: true, first: start))
        {
            frame.AddPlace(place.NodeId!, context.Evidence(s.Index, s.Tokens[start].Start, Math.Max(place.End, s.Tokens[head].End)));
        }

        frame.HostCountryId ??= WelcomingCountry(context, frame, guestId);
    }

    /// <summary>
    /// The country that welcomes the guest: that of the guest's visit abroad of a compatible date, else the first
    /// host's. The welcome is part of a visit to it (<see cref="VisitPartRule"/>), not of a visit the host makes
    /// ("Lula invited Xi to visit Brazil").
    /// </summary>
    private static string? WelcomingCountry(ExtractionContext context, EventFrame welcome, string guestId)
    {
        var home = context.Entities.CountryOf(guestId);
        foreach (var visit in context.Events.Frames)
        {
            if (visit.Kind == EventKind.Visit && visit.ParticipantIds.Contains(guestId) && visit.HostCountryId != home && EventRegistry.Compatible(visit.Date, welcome.Date))
            {
                return visit.HostCountryId;
            }
        }

        foreach (var id in welcome.ParticipantIds)
        {
            if (context.Entities.CountryOf(id) is { } country && country != home)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="head"/> name a welcome (see the remarks).</summary>
    private static bool IsWelcome(AnalyzedSentence s, int first, int head, int verb)
    {
        if (s.Is(head, "welcome"))
        {
            return head > first && !s.IsAny(head + 1, "to", "ceremony");
        }

        if (!s.Is(head, "ceremony"))
        {
            return false;
        }

        for (var k = first; k < head; k++)
        {
            if (s.IsAny(k, "welcome", "welcoming", "reception") || (verb >= 0 && s.IsAny(k, "state", "official")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word of welcoming at token <paramref name="verb"/> leads by "with" to a welcome: "Murmu and Modi received
    /// Hasina with a ceremonial welcome", "Xi received the Brazilian president with an official welcome ceremony".
    /// </summary>
    public static bool IsWelcomeWith(AnalyzedSentence s, int verb)
    {
        for (var with = verb + 1; with < s.Tokens.Count && with <= verb + MaxGuestWords; with++)
        {
            if (s.Is(with, "with"))
            {
                var first = s.IsAny(with + 1, "a", "an", "the") ? with + 2 : with + 1;
                for (var head = first; head < s.Tokens.Count && head <= first + MaxModifiers; head++)
                {
                    if (s.IsAny(head, "welcome", "ceremony"))
                    {
                        return IsWelcome(s, first, head, verb);
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The most tokens from the word of welcoming to its "with" (the guest's words: "the visiting Bangladeshi prime minister").</summary>
    private const int MaxGuestWords = 8;

    /// <summary>The most words of ceremony before the noun ("a state welcoming ceremony").</summary>
    private const int MaxModifiers = 3;

    /// <summary>"received X with": the word of welcoming whose "with" leads to the noun starting at <paramref name="first"/>, or -1.</summary>
    private static int VerbBefore(AnalyzedSentence s, int first)
    {
        var with = s.IsAny(first - 1, "a", "an", "the") ? first - 2 : first - 1;
        if (!s.Is(with, "with"))
        {
            return -1;
        }

        for (var k = with - 1; k >= 0 && k >= with - 8; k--)
        {
            if (Welcoming.Contains(s.Word(k)))
            {
                return k;
            }

            if (s.IsAny(k, ",", ";", "."))
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>"An official welcome ceremony was held for the Chinese leader": the leader after "for", within a few words of the noun.</summary>
    private static Mention? GuestFor(AnalyzedSentence s, int head, List<Mention> references)
    {
        for (var k = head + 1; k <= head + 4 && k < s.Tokens.Count; k++)
        {
            if (s.Is(k, "for"))
            {
                return references.Find(r => s.TokenAt(r.PhraseStart) == k + 1 && r.NodeIds.Count == 1);
            }

            if (s.IsAny(k, ",", ";", "."))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// "where he was received by Indian President Droupadi Murmu and Prime Minister Modi", "a welcome ceremony for the
    /// Vietnamese leader hosted by Xi": the agents after the noun.
    /// </summary>
    private static List<Mention> ReceivedBy(AnalyzedSentence s, int head, List<Mention> references)
    {
        for (var k = head + 1; k + 1 < s.Tokens.Count; k++)
        {
            if (s.IsAny(k, "received", "welcomed", "greeted", "hosted") && s.Is(k + 1, "by"))
            {
                return Grammar.Objects(s, k + 1, references);
            }
        }

        return [];
    }

    /// <summary>Of the leaders named before the noun, the one who visits (a participant of a visit): the guest of a caption.</summary>
    private static Mention? Visitor(ExtractionContext context, List<Mention> before)
    {
        foreach (var m in before)
        {
            if (m.NodeIds.Count == 1 && context.Events.Frames.Any(f => f.Kind == EventKind.Visit && f.ParticipantIds.Contains(m.NodeIds[0])))
            {
                return m;
            }
        }

        return null;
    }
}
