namespace RelationsGraph.Tests.Support;

/// <summary>
/// Facts of the same meeting as another outlet might report them: other names and aliases, its own evidence, one
/// fact the reference graph lacks and one property that disagrees with it. Merged with the reference graph it
/// must add no duplicate node or edge.
/// </summary>
public static class SecondArticle
{
    public const string Id = "kyodo-2023-11-17";

    /// <summary>A graph of the second report's facts.</summary>
    public static KnowledgeGraph Graph()
    {
        var g = new KnowledgeGraph();
        var kishida = new Leader { Id = ReferenceGraphs.Kishida, Name = "Kishida", Aliases = new[] { "Prime Minister Kishida" }, Title = "Prime Minister" };
        var xi = new Leader { Id = ReferenceGraphs.Xi, Name = "Xi Jinping", Aliases = new[] { "Chinese leader Xi" }, Title = "Chairman" };
        var meeting = new Event { Id = ReferenceGraphs.Meeting, Name = "Kishida-Xi talks", EventKind = EventKind.Meeting, Date = new PartialDate(2023, 11, 16) };
        var treaty = new Treaty { Id = ReferenceGraphs.Treaty1978, Name = "Japan-China Peace and Friendship Treaty", SignedOn = new PartialDate(1978, 8, 12), Foundational = true };
        var woodside = new Place { Id = "place:woodside", Name = "Woodside" };

        g.AddParticipatedIn(kishida, meeting, Quote(0, 12, "Prime Minister Kishida"));
        g.AddParticipatedIn(xi, meeting, Quote(0, 40, "Chinese leader Xi"));
        g.AddParticipatedIn(xi, meeting, Quote(0, 12, "Prime Minister Kishida"));
        g.AddCommemorates(meeting, treaty, Quote(2, 300, "45th anniversary"), anniversary: 45);
        g.AddHeldIn(meeting, new Place { Id = "place:san-francisco", Name = "San Francisco" }, Quote(1, 150, "San Francisco"));
        g.AddLocatedIn(woodside, new Country { Id = "country:us", Name = "United States", Aliases = new[] { "U.S." } }, Evidence.FromReference(Kb.Name));
        return g;
    }

    private static Evidence Quote(int sentence, int start, string text) => Evidence.FromArticle(Id, sentence, start, start + text.Length, text);
}
