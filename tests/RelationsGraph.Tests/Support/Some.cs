namespace RelationsGraph.Tests.Support;

/// <summary>An object mother: small nodes and evidence for hand-built test graphs.</summary>
public static class Some
{
    private static int articleOffset;

    public static global::RelationsGraph.Country Country(string code, string? name = null) =>
        new() { Id = "country:" + code.ToLowerInvariant(), Name = name ?? code.ToUpperInvariant(), Iso2 = code.ToUpperInvariant() };

    public static global::RelationsGraph.Leader Leader(string name, params string[] aliases) =>
        new() { Id = NodeId.Create("leader", name), Name = name, Aliases = aliases };

    public static global::RelationsGraph.Document Document(string slug, PartialDate? date = null, bool foundational = false) =>
        new() { Id = "doc:" + slug, Name = "Document " + slug, Date = date, Foundational = foundational ? true : null };

    public static global::RelationsGraph.Treaty Treaty(string slug, PartialDate? signedOn = null, PartialDate? date = null, bool foundational = false) =>
        new() { Id = "treaty:" + slug, Name = "Treaty " + slug, SignedOn = signedOn, Date = date, Foundational = foundational ? true : null };

    public static global::RelationsGraph.Event Event(string slug, EventKind? kind = global::RelationsGraph.EventKind.Meeting, PartialDate? date = null) =>
        new() { Id = "event:" + slug, Name = "Event " + slug, EventKind = kind, Date = date };

    public static global::RelationsGraph.Place Place(string slug) => new() { Id = "place:" + slug, Name = "Place " + slug };

    public static global::RelationsGraph.Topic Topic(string slug) => new() { Id = "topic:" + slug, Name = "Topic " + slug };

    /// <summary>Evidence from a made-up article, each call at a new offset so that items are distinct.</summary>
    public static Evidence Evidence(string article = "test-article")
    {
        var start = Interlocked.Add(ref articleOffset, 10);
        return global::RelationsGraph.Evidence.FromArticle(article, 0, start, start + 4, "text");
    }

    public static PartialDate Date(int year, int? month = null, int? day = null) => new(year, month, day);
}
