namespace RelationsGraph.Queries;

/// <summary>An event or document on the timeline.</summary>
/// <param name="Date">
/// When it happened: an event's date, a treaty's signing date (or its date), a document's date; null when unknown.
/// </param>
/// <param name="Node">The event or document.</param>
public sealed record TimelineEntry(PartialDate? Date, Node Node);
