namespace RelationsGraph.Queries;

/// <summary>Who met whom: every pair of leaders who took part in the same meeting, summit, call or visit.</summary>
/// <remarks>
/// An event with three participants gives three pairs. Events of other kinds (signings, anniversaries, dialogues)
/// and events whose kind is unknown are left out unless <see cref="EventKinds"/> says otherwise.
/// </remarks>
public sealed class MeetingsQuery
{
    /// <summary>The kinds of event that count as leaders meeting: meetings, summits, calls and visits by default.</summary>
    public IReadOnlySet<EventKind> EventKinds { get; init; } =
        new HashSet<EventKind> { EventKind.Meeting, EventKind.Summit, EventKind.Call, EventKind.Visit };

    /// <summary>Every meeting, by date (undated last), then event id, then the leaders' ids.</summary>
    /// <param name="graph">The graph to read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public IReadOnlyList<Meeting> Run(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var meetings = new List<Meeting>();
        foreach (var @event in graph.NodesOf<Event>())
        {
            if (@event.EventKind is not { } kind || !EventKinds.Contains(kind))
            {
                continue;
            }

            var participation = graph.InEdges<ParticipatedIn>(@event).OrderBy(e => e.Key).ToList();
            if (participation.Count < 2)
            {
                continue;
            }

            var heldIn = graph.OutEdges<HeldIn>(@event).OrderBy(e => e.Key).ToList();
            var partOf = graph.OutEdges<PartOf>(@event).OrderBy(e => e.Key).ToList();
            IReadOnlyList<Place> places = [.. heldIn.Select(e => e.Target)];
            IReadOnlyList<Event> parents = [.. partOf.Select(e => e.Target)];
            for (var i = 0; i < participation.Count; i++)
            {
                for (var j = i + 1; j < participation.Count; j++)
                {
                    IEnumerable<Edge> facts = [participation[i], participation[j], .. heldIn, .. partOf];
                    meetings.Add(new Meeting(
                        participation[i].Source,
                        participation[j].Source,
                        @event,
                        @event.Date,
                        places,
                        parents,
                        [.. facts.OrderBy(e => e.Key)]));
                }
            }
        }

        meetings.Sort(static (a, b) =>
        {
            var c = NodeDates.UndatedLast.Compare(a.Date, b.Date);
            c = c != 0 ? c : string.CompareOrdinal(a.Event.Id, b.Event.Id);
            c = c != 0 ? c : string.CompareOrdinal(a.First.Id, b.First.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Second.Id, b.Second.Id);
        });
        return meetings;
    }
}
