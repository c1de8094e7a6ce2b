using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Officials who took part as members of a leader's party: "The US delegation included Secretary of State Antony
/// Blinken", "Foreign Minister Enrique Manalo was part of the Philippine delegation", "Mr Tinubu was accompanied to the
/// meeting by the Minister of Foreign Affairs, Yusuf Tuggar", "Lavrov and Belousov were among the officials accompanying
/// Putin", "Foreign Minister Ishaq Dar accompanied the prime minister to the summit", "The meeting was also attended by
/// Foreign Minister Hakan Fidan", "The talks were attended on the Kuwaiti side by X and Y, and on the Egyptian side by
/// Z", "On the Russian side, Foreign Minister Sergei Lavrov and Defense Minister Sergei Shoigu took part in the
/// negotiations". They become the event's <see cref="EventFrame.Delegates"/>, and a titled official whose country the
/// text gives nowhere else, or gives as the party's, holds the office in the party's country ("a delegation that
/// includes Foreign Minister Hossein Amir-Abdollahian").
/// </summary>
/// <remarks>
/// A delegation travels: when the text says whose it is (a leader, or a country by name or demonym) and that leader, or
/// one of that country's leaders, is on a visit of the story's time, the officials take part in the visit. Otherwise, and
/// always for "accompanied to the meeting", "attended by" and "took part in the talks", they take part in the meeting the sentence is
/// about (<see cref="Attachment.FrameFor"/>). Officials are named leaders and roles (no pronouns), never the leader whose
/// party they are in.
/// </remarks>
public sealed class DelegationRule : IExtractionRule
{
    /// <summary>The most tokens between "accompanied" and its "by" ("accompanied to the talks in Beijing by").</summary>
    private const int MaxAccompaniedGap = 8;

    /// <summary>The most tokens from "was" or "were" to the noun of "was part of the Philippine delegation".</summary>
    private const int MaxMembershipGap = 10;

    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "accompanied", "accompanying", "delegation", "delegations", "entourage", "attended", "part",
    };

    private static readonly HashSet<string> Including = new(StringComparer.OrdinalIgnoreCase)
    {
        "included", "includes", "including", "include", "comprised", "comprises", "featured",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            List<Mention>? references = null;
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (!Cues.Contains(s.Word(i)))
                {
                    continue;
                }

                references ??= Grammar.NamedLeaderReferences(s);
                if (references.Count > 0)
                {
                    Read(context, s, i, references);
                }
            }
        }
    }

    private static void Read(ExtractionContext context, AnalyzedSentence s, int cue, List<Mention> references)
    {
        switch (s.Word(cue).ToLowerInvariant())
        {
            case "accompanied" when By(s, cue) is { } by:
                // "Tinubu was accompanied to the meeting by X": the meeting; "Putin was accompanied by X", "accompanied on the
                // trip by X": his party.
                var noun = s.MentionsIn(s.Tokens[cue].End, s.Tokens[by].Start).FirstOrDefault(m => m.Kind == MentionKind.EventNoun);
                // "He is accompanied by Foreign Minister Ali Sabry": the party is the subject's, a pronoun's too.
                var party = Grammar.Leaders(Grammar.Subject(s, cue, Grammar.LeaderReferences(s)));
                var kind = noun is null ? PartyKind.Company : noun.Head == "visit" ? PartyKind.Trip : PartyKind.Meeting;
                Add(context, s, cue, Officials(s, by, references), new Party(party, null, kind));
                break;
            case "accompanied" when s.IsAny(cue - 1, "who", "that") && AmongThoseWho(s, cue - 1) is { } among:
                // "Foreign Minister Moosa Zameer was among the senior officials who accompanied President Muizzu on the trip"
                Add(context, s, cue, Grammar.Subject(s, among.Verb, references), new Party(Grammar.Leaders(Grammar.Objects(s, cue, references)), null, PartyKind.Company));
                break;
            case "accompanied" when Grammar.Subject(s, cue, references) is { Count: > 0 } officials && Grammar.Objects(s, cue, Grammar.LeaderReferences(s)) is { Count: > 0 } led:
                // "Foreign Minister Ishaq Dar accompanied the prime minister to the summit": the subject in the object's party,
                // on the object's visit when the story tells one (not in the meeting the sentence may be about).
                Add(context, s, cue, officials, new Party(Grammar.Leaders(led), null, PartyKind.Trip));
                break;
            case "accompanying":
                // "Lavrov and Belousov were among the officials accompanying Putin"
                Add(context, s, cue, Grammar.Subject(s, cue, references), new Party(Grammar.Leaders(Grammar.Objects(s, cue, references)), null, PartyKind.Company));
                break;
            case "attended" when s.Is(cue + 1, "by") && !SummitAgents.IsSummitPassive(context, s, cue):
                // "The summit was attended by X and Y": the edition's participants (SummitAgents), not another meeting's;
                // "On the Turkish side, it was attended by X, Y and Z": that side's officials.
                Add(context, s, cue, Officials(s, cue + 1, references), new Party([], OpeningSide(s), PartyKind.Meeting));
                break;
            case "attended" when s.Is(cue + 1, "on"):
                // "The talks were attended on the Kuwaiti side by X, Y and Z, and on the Egyptian side by W": each side's officials.
                for (var k = cue + 1; k + 2 < s.Tokens.Count; k++)
                {
                    if (s.Is(k, "on") && s.MentionStartingAt(k + 1, MentionKind.Side) is { NodeId: { } side } sideMention && s.Is(s.TokenAt(sideMention.End), "by"))
                    {
                        Add(context, s, cue, Officials(s, s.TokenAt(sideMention.End), references), new Party([], side, PartyKind.Meeting));
                    }
                }

                break;
            case "delegation" or "delegations" or "entourage":
                ReadDelegation(context, s, cue, references);
                break;
            case "part" when TookPartInTalks(s, cue) && s.Is(cue - 2, "who") && AmongThoseWho(s, cue - 2) is { } among:
                // "Minister Ronald Lamola was among the South African officials who took part in the talks": the subject of
                // "was", in the party the officials' words name.
                Add(context, s, cue, Grammar.Subject(s, among.Verb, references), Owner(s, among.Noun, references) with { Kind = PartyKind.Meeting });
                break;
            case "part" when TookPartInTalks(s, cue):
                // "On the Russian side, Foreign Minister Sergei Lavrov and Defense Minister Sergei Shoigu took part in the negotiations."
                Add(context, s, cue, Grammar.Subject(s, cue - 1, references), new Party([], OpeningSide(s), PartyKind.Meeting));
                break;
        }
    }

    /// <summary>
    /// "The US delegation included X", "a large delegation that included X" (the officials after the noun) or "X was
    /// part of the Philippine delegation" (before it).
    /// </summary>
    private static void ReadDelegation(ExtractionContext context, AnalyzedSentence s, int noun, List<Mention> references)
    {
        var party = Owner(s, noun, references);
        var verb = s.IsAny(noun + 1, "also", "that", "which") ? noun + 2 : noun + 1;
        if (Including.Contains(s.Word(verb)))
        {
            Add(context, s, noun, Officials(s, verb, references), party);
            return;
        }

        for (var k = noun - 1; k >= 0 && k >= noun - MaxMembershipGap; k--)
        {
            if (s.IsAny(k, "was", "were", "is", "are") && IsMembership(s, k + 1, noun))
            {
                Add(context, s, noun, Grammar.Subject(s, k, references), party);
                return;
            }
        }
    }

    /// <summary>
    /// The "was" and the noun of "X was among the (South African) officials who took part" or "... who accompanied": the
    /// noun right before "who" (at <paramref name="who"/>), "among" and "was" or "were" before it within a few tokens;
    /// null for another sentence.
    /// </summary>
    private static (int Verb, int Noun)? AmongThoseWho(AnalyzedSentence s, int who)
    {
        var noun = who - 1;
        if (noun < 2)
        {
            return null;
        }

        for (var k = noun - 1; k >= 1 && noun - k <= MaxMembershipGap; k--)
        {
            if (s.Is(k, "among"))
            {
                return s.IsAny(k - 1, "was", "were") ? (k - 1, noun) : null;
            }
        }

        return null;
    }

    /// <summary>"took part in the talks": a verb of taking before the cue, and a definite noun of the meeting after it (not "the meeting of the Council").</summary>
    private static bool TookPartInTalks(AnalyzedSentence s, int part) =>
        s.IsAny(part - 1, "took", "take", "takes", "taking", "taken") && s.Is(part + 1, "in") && s.Is(part + 2, "the")
        && s.IsAny(part + 3, "talks", "negotiations", "meeting", "discussions") && !s.Is(part + 4, "of");

    /// <summary>The country of an opening "On the Russian side," or "For the Chinese side,", if any.</summary>
    private static string? OpeningSide(AnalyzedSentence s) =>
        s.MentionStartingAt(s.FirstBodyToken + 1, MentionKind.Side) is { } side && s.IsAny(s.FirstBodyToken, "on", "for") ? side.NodeId : null;

    /// <summary>Whether the words from <paramref name="from"/> to the noun say membership: "part of", "a member of", "among the members of".</summary>
    private static bool IsMembership(AnalyzedSentence s, int from, int noun)
    {
        for (var k = from; k < noun; k++)
        {
            if (s.IsAny(k, "part", "member", "members", "among"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whose delegation the noun at <paramref name="noun"/> is: "the US leader's delegation", "the Chinese delegation", "Biden's entourage".</summary>
    /// <remarks>
    /// A delegation of no one named is the party of the leader the clause is about: "The Prime Minister arrived in Jakarta
    /// on Sunday evening with a large delegation that included ...".
    /// </remarks>
    private static Party Owner(AnalyzedSentence s, int noun, List<Mention> references)
    {
        var start = noun - 1;
        while (start > 0 && !s.IsAny(start, "the", "a", "his", "her", "their", "its") && noun - start < 6)
        {
            start--;
        }

        var leaders = new List<string>();
        string? country = null;
        foreach (var m in s.MentionsIn(s.Tokens[Math.Max(0, start)].Start, s.Tokens[noun].Start))
        {
            if (m.Kind is MentionKind.Leader or MentionKind.Role && m.NodeIds.Count == 1 && Grammar.IsPossessor(s, m))
            {
                leaders.Add(m.NodeIds[0]);
            }
            else if (m.Kind is MentionKind.Demonym or MentionKind.Country or MentionKind.Side && m.NodeId is { } id && id.StartsWith("country:", StringComparison.Ordinal))
            {
                country ??= id;
            }
        }

        if (leaders.Count == 0 && country is null)
        {
            leaders = Grammar.Leaders(Grammar.Subject(s, Math.Max(0, start), references));
        }

        return new Party(leaders, country, PartyKind.Delegation);
    }

    /// <summary>The "by" of "accompanied ... by", within a few tokens and the same clause.</summary>
    private static int? By(AnalyzedSentence s, int accompanied)
    {
        var end = Math.Min(Grammar.ClauseEnd(s, accompanied), accompanied + MaxAccompaniedGap + 1);
        for (var k = accompanied + 1; k < end; k++)
        {
            if (s.Is(k, "by"))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The officials named after token <paramref name="after"/>: right after it ("included Secretary of State Antony
    /// Blinken"), or after "including", "among them" or "such as" in the same clause ("attended by senior Saudi
    /// ministers, among them Energy Minister Prince Abdulaziz bin Salman").
    /// </summary>
    private static List<Mention> Officials(AnalyzedSentence s, int after, List<Mention> references)
    {
        var direct = Grammar.Objects(s, after, references);
        if (direct.Count > 0)
        {
            AddItemsAfterSemicolons(s, direct, references);
            return direct;
        }

        var end = Grammar.ClauseEnd(s, after);
        for (var k = after + 1; k < end; k++)
        {
            if (s.Is(k, "including") || (s.Is(k, "them") && s.Is(k - 1, "among")) || (s.Is(k, "as") && s.Is(k - 1, "such")))
            {
                return Grammar.Objects(s, k, references);
            }
        }

        return [];
    }

    /// <summary>
    /// Adds the officials of a list that semicolons divide, each with a set-off name: "by the Minister of Foreign Affairs,
    /// Yusuf Tuggar; the Minister of Finance, Wale Edun; and the Minister of Industry, Doris Uzoka-Anite".
    /// </summary>
    private static void AddItemsAfterSemicolons(AnalyzedSentence s, List<Mention> officials, List<Mention> references)
    {
        while (true)
        {
            var last = officials[^1];
            var semicolon = s.TokenAt(NameAfter(s, last) ?? last.PhraseEnd);
            if (s.Word(semicolon) != ";")
            {
                return;
            }

            // The item's first named reference: "the Minister of Finance and Coordinating Minister of the Economy, Wale Edun"
            // is Edun, whose long title the role before his name does not resolve.
            var end = Grammar.ClauseEnd(s, semicolon);
            var next = references.FirstOrDefault(r => s.TokenAt(r.PhraseStart) > semicolon && s.TokenAt(r.PhraseStart) < end);
            if (next is null)
            {
                return;
            }

            officials.Add(next);
        }
    }

    /// <summary>
    /// The visit of the story's time made by one of <paramref name="leaders"/>, or by a leader of <paramref name="country"/>:
    /// the party an official travelled in. The first told when there are several ("Putin ... on his first trip to North
    /// Korea in 24 years ... He then flies to Vietnam"); null when there is none.
    /// </summary>
    private static EventFrame? Visit(ExtractionContext context, List<string> leaders, string? country)
    {
        EventFrame? found = null;
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Kind != EventKind.Visit || frame.IsInvitation || frame.ParticipantIds.Count == 0 || !MainMeeting.IsCurrent(context, frame.Date))
            {
                continue;
            }

            var visitor = frame.ParticipantIds[0];
            if ((leaders.Contains(visitor) || (country is not null && context.Entities.CountryOf(visitor) == country))
                && (found is null || frame.DescribedIn.Min < found.DescribedIn.Min))
            {
                found = frame;
            }
        }

        return found;
    }

    /// <summary>
    /// Adds the officials to the visit of <paramref name="party"/>'s leader or country, else to the meeting the sentence is
    /// about (always that meeting when the cue names it, never for a leader's company alone), quoting from the cue to
    /// each. An official of another country than the party's is a host, not a member ("Kim made a surprise outing ...,
    /// accompanied by Foreign Affairs Minister Vivian Balakrishnan").
    /// </summary>
    private static void Add(ExtractionContext context, AnalyzedSentence s, int cue, List<Mention> officials, Party party)
    {
        if (officials.Count == 0)
        {
            return;
        }

        // Whom a leader has with him on an outing of his own is no delegation to a meeting: "Kim made a surprise outing
        // ..., accompanied by X". A party of no one the text names could be anyone's.
        var frame = party.Kind == PartyKind.Meeting ? Attachment.FrameFor(context, s)
            : party.Leaders.Count == 0 && party.Country is null ? null
            : Visit(context, party.Leaders, party.Country) ?? (party.Kind == PartyKind.Delegation ? Attachment.FrameFor(context, s) : null);
        if (frame is null && party.Kind is not (PartyKind.Trip or PartyKind.Delegation))
        {
            return; // "Kim made a surprise outing ..., accompanied by X": X need not be of Kim's country
        }

        var country = party.Country ?? (party.Leaders.Count > 0 ? context.Entities.CountryOf(party.Leaders[0]) : null);
        var (start, end) = (s.Tokens[cue].Start, s.Tokens[cue].End);
        foreach (var official in officials)
        {
            if (official.NodeId is { } id && (frame is null || !Attachment.Contains(frame.ParticipantIds, id))
                && (country is null || context.Entities.CountryOf(id) is not { } own || own == country))
            {
                var evidence = context.Evidence(s.Index, Math.Min(start, official.PhraseStart), Math.Max(end, NameAfter(s, official) ?? official.PhraseEnd));
                frame?.AddDelegate(id, evidence);
                if (country is not null && official is { Kind: MentionKind.Leader or MentionKind.Role, Title: { } title } && (context.Entities.CountryOf(id) is not { } known || known == country)
                    && context.Node<Leader>(id) is { } leader && (context.Node<Country>(country) ?? context.Entities.AddKnown<Country>(country)) is { } office)
                {
                    // "a delegation that includes Foreign Minister Hossein Amir-Abdollahian": a minister of the party's country
                    // (the text's word for it beside the knowledge base's, when that knows him).
                    context.Graph.AddLeaderOf(leader, office, evidence, title: title);
                }
            }
        }
    }

    /// <summary>The end of the name set off after a role ("the Minister of Foreign Affairs, Yusuf Tuggar"), so the quote names the official.</summary>
    private static int? NameAfter(AnalyzedSentence s, Mention role)
    {
        var comma = s.TokenAt(role.PhraseEnd);
        return role.Kind == MentionKind.Role && s.Word(comma) == "," && s.MentionStartingAt(comma + 1, MentionKind.Leader) is { } name
            && string.Equals(name.NodeId, role.NodeId, StringComparison.Ordinal) ? name.PhraseEnd : null;
    }

    /// <summary>Whose party the officials are in (leaders, or a country), and what the cue names.</summary>
    private readonly record struct Party(List<string> Leaders, string? Country, PartyKind Kind);

    /// <summary>What a cue names: the meeting attended, a delegation, or the company a leader keeps.</summary>
    private enum PartyKind
    {
        /// <summary>"Accompanied to the meeting by", "attended by": the meeting.</summary>
        Meeting,

        /// <summary>
        /// "The US delegation included": the leader's or country's visit, else the meeting the sentence is about; the
        /// officials are of the country the delegation is named by even when neither is told.
        /// </summary>
        Delegation,

        /// <summary>"Accompanied by", "accompanying Putin": the leader's visit only.</summary>
        Company,

        /// <summary>
        /// "Accompanied on the trip by": the leader's visit, when the story tells one of its time; the officials are of the
        /// leader's country even when it tells none.
        /// </summary>
        Trip,
    }
}
