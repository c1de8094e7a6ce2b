namespace RelationsGraph.Queries;

/// <summary>The date a node stands at on a timeline, and the order of such dates.</summary>
internal static class NodeDates
{
    /// <summary>
    /// Orders optional dates chronologically with undated last; a year-only date sorts before the
    /// months and days of that year (see <see cref="PartialDate"/>).
    /// </summary>
    public static IComparer<PartialDate?> UndatedLast { get; } = Comparer<PartialDate?>.Create(static (a, b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } x, { } y) => x.CompareTo(y),
        });

    /// <summary>
    /// When an event took place or a document was issued: a treaty's signing date, else the
    /// document's or event's date; null for other nodes or when unknown.
    /// </summary>
    public static PartialDate? DateOf(Node node) => node switch
    {
        Treaty treaty => treaty.SignedOn ?? treaty.Date,
        Document document => document.Date,
        Event @event => @event.Date,
        _ => null,
    };
}
