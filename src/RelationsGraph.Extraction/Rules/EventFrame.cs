namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// An event as the rules learn about it: kind, date, participants, sides, places, the larger event it was part
/// of, and the facts about it with their evidence. After the rules run, each frame becomes one Event node
/// (see <see cref="EventFrame.Id"/>) and its facts become edges.
/// </summary>
public sealed class EventFrame
{
    internal EventFrame(EventKind kind, int sentence, Evidence trigger)
    {
        Kind = kind;
        Sentence = sentence;
        Trigger = trigger;
        DescribedIn.Add(sentence);
    }

    /// <summary>What sort of event it is.</summary>
    public EventKind Kind { get; set; }

    /// <summary>The sentence that first describes it.</summary>
    public int Sentence { get; }

    /// <summary>The words that first describe it (the Mentions edge quotes them).</summary>
    public Evidence Trigger { get; }

    /// <summary>When it took place, as precisely as the text says.</summary>
    public PartialDate? Date { get; set; }

    /// <summary>A name the text gives it ("30th APEC Economic Leaders' Meeting"); null for meetings named from their parties.</summary>
    public string? Name { get; set; }

    /// <summary>For series editions and anniversaries: a key that identifies it across articles.</summary>
    public string? Key { get; set; }

    /// <summary>The edition number or the anniversary ("30th", "45th").</summary>
    public int? Ordinal { get; set; }

    /// <summary>For a visit: the country visited; for a welcome ceremony: the country that welcomes (see <see cref="WelcomeCeremony"/>).</summary>
    public string? HostCountryId { get; set; }

    /// <summary>
    /// Whether the frame is an edition of a recurring summit or a named gathering (<see cref="SeriesRule"/>): a summit
    /// with a key, which a visit may be made for but which is never part of one.
    /// </summary>
    public bool IsEdition => Kind == EventKind.Summit && Key is not null;

    /// <summary>Whether this is the article's main event (its lead meeting, call or summit).</summary>
    public bool IsMain { get; set; }

    /// <summary>
    /// For a visit: told first as what a host invited the visitor to make ("inviting the Chinese leader to make a state
    /// visit to Japan next spring"), so no undated meeting of the story is part of it.
    /// </summary>
    public bool IsInvitation { get; set; }

    private readonly List<(string Id, Evidence Evidence)> participants = [];
    private readonly List<string> participantIds = [];
    private readonly HashSet<string> participantSet = new(StringComparer.Ordinal);

    /// <summary>Leaders who took part, with the evidence of each statement, in the order the text names them.</summary>
    public IReadOnlyList<(string Id, Evidence Evidence)> Participants => participants;

    /// <summary>
    /// Officials who took part as members of a participant's party (<see cref="DelegationRule"/>), with the evidence of
    /// each statement. Unlike <see cref="Participants"/>, they neither name the event nor make a sentence about them a
    /// sentence about it.
    /// </summary>
    public IReadOnlyList<(string Id, Evidence Evidence)> Delegates => delegates;

    private readonly List<(string Id, Evidence Evidence)> delegates = [];

    /// <summary>Countries that were sides.</summary>
    public List<(string Id, Evidence Evidence)> Sides { get; } = [];

    /// <summary>Places it was held in (cities and venues).</summary>
    public List<(string Id, Evidence Evidence)> Places { get; } = [];

    /// <summary>The city and venue folded from the first <c>Count</c> entries of <see cref="Places"/> (see <see cref="EventMaterializer.Location"/>).</summary>
    internal (int Count, string? City, string? Venue) LocationSoFar { get; set; }

    /// <summary>Larger events it was part of.</summary>
    public List<(EventFrame Parent, Evidence Evidence)> Parents { get; } = [];

    /// <summary>Organizations that convened it.</summary>
    public List<(string Id, Evidence Evidence)> Organizers { get; } = [];

    /// <summary>Topics raised at it.</summary>
    public List<(string Id, Evidence Evidence)> Topics { get; } = [];

    /// <summary>Documents it cites, with the citing words.</summary>
    public List<(string Id, Evidence Evidence, string Verb)> Citations { get; } = [];

    /// <summary>Documents whose anniversary it marks.</summary>
    public List<(string Id, Evidence Evidence, int Anniversary)> Commemorations { get; } = [];

    /// <summary>Surface forms the article uses for it.</summary>
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>The sentences whose own words describe the event (a meeting verb, a series name, ...).</summary>
    public SortedSet<int> DescribedIn { get; } = [];

    /// <summary>The head nouns the article uses for the event ("talks", "summit").</summary>
    internal SortedSet<string> Heads { get; } = new(StringComparer.Ordinal);

    /// <summary>The node id, set when the frame becomes a node.</summary>
    public string? Id { get; internal set; }

    /// <summary>The participants' ids, distinct, in order.</summary>
    public IReadOnlyList<string> ParticipantIds => participantIds;

    /// <summary>Adds a participant (again, with more evidence, if already there).</summary>
    public void AddParticipant(string leaderId, Evidence evidence)
    {
        participants.Add((leaderId, evidence));
        if (participantSet.Add(leaderId))
        {
            participantIds.Add(leaderId);
        }
    }

    /// <summary>Adds a member of a participant's party (again, with more evidence, if already there).</summary>
    public void AddDelegate(string leaderId, Evidence evidence) => delegates.Add((leaderId, evidence));

    /// <summary>Adds a side.</summary>
    public void AddSide(string countryId, Evidence evidence) => Sides.Add((countryId, evidence));

    /// <summary>Adds a place.</summary>
    public void AddPlace(string placeId, Evidence evidence) => Places.Add((placeId, evidence));

    /// <summary>Adds a topic.</summary>
    public void AddTopic(string topicId, Evidence evidence) => Topics.Add((topicId, evidence));
}
