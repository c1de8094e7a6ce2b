namespace RelationsGraph.Queries;

/// <summary>Two leaders who took part in one meeting, summit, call or visit.</summary>
/// <param name="First">The leader whose id sorts first.</param>
/// <param name="Second">The other leader.</param>
/// <param name="Event">The event both took part in.</param>
/// <param name="Date">When the event took place, as precisely as known.</param>
/// <param name="Places">Where it was held (<see cref="HeldIn"/>), by id.</param>
/// <param name="ParentEvents">The larger events it was part of, such as a summit it was on the sidelines of (<see cref="PartOf"/>), by id.</param>
/// <param name="Facts">The edges that state all this (participation of both leaders, place, parent events), by key, each with its evidence.</param>
public sealed record Meeting(
    Leader First,
    Leader Second,
    Event Event,
    PartialDate? Date,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Event> ParentEvents,
    IReadOnlyList<Edge> Facts);
