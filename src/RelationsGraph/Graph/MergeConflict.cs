namespace RelationsGraph;

/// <summary>
/// Two sources gave one property of one node or edge different values. The graph keeps one
/// (the smaller in ordinal or natural order, so that the result does not depend on the order of
/// the inputs) and reports the other here.
/// </summary>
/// <param name="Owner">The node id, or the edge as <c>from -Kind-&gt; to</c>.</param>
/// <param name="Property">The property's JSON name.</param>
/// <param name="Kept">The value the graph keeps, as text.</param>
/// <param name="Dropped">The value the graph dropped, as text.</param>
public sealed record MergeConflict(string Owner, string Property, string Kept, string Dropped);
