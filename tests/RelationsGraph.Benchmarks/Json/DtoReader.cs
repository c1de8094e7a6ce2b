namespace RelationsGraph.Benchmarks.Json;

/// <summary>
/// Turns <see cref="GraphDto"/>s into a <see cref="KnowledgeGraph"/> as a reflection-based reader would have to: one
/// hand-written case per kind (what the generated reader does without the hand-writing), ends resolved by id.
/// </summary>
internal static class DtoReader
{
    public static KnowledgeGraph ToGraph(GraphDto dto)
    {
        var graph = new KnowledgeGraph();
        var nodes = new Dictionary<string, Node>(dto.Nodes.Count, StringComparer.Ordinal);
        foreach (var item in dto.Nodes)
        {
            nodes.Add(item.Id, graph.AddNode(ToNode(item)));
        }

        foreach (var item in dto.Edges)
        {
            var edge = ToEdge(item, nodes[item.From], nodes[item.To]);
            graph.AddEdge(edge, item.Evidence.Select(e => e.Reference is { } reference
                ? Evidence.FromReference(reference)
                : Evidence.FromArticle(e.Article!, e.Sentence ?? 0, e.Start ?? 0, e.End ?? 0, e.Text ?? "")));
        }

        return graph;
    }

    private static Node ToNode(NodeDto n) => n.Kind switch
    {
        "Article" => new Article { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases), Dateline = n.Dateline, DatelineDate = Date(n.DatelineDate), Outlet = n.Outlet, PublishedAt = n.PublishedAt is { } p ? DateTimeOffset.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null },
        "Country" => new Country { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases), Capital = n.Capital, Demonyms = Strings(n.Demonyms), Iso2 = n.Iso2, UnStatus = Enum<UnStatus>(n.UnStatus) },
        "Document" => new Document { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases), Date = Date(n.Date), DocumentKind = Enum<DocumentKind>(n.DocumentKind), Foundational = n.Foundational },
        "Treaty" => new Treaty { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases), Date = Date(n.Date), DocumentKind = Enum<DocumentKind>(n.DocumentKind), Foundational = n.Foundational, InForceOn = Date(n.InForceOn), SignedOn = Date(n.SignedOn) },
        "Event" => new Event { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases), CameoCode = n.CameoCode, Date = Date(n.Date), EventKind = Enum<EventKind>(n.EventKind), Ordinal = n.Ordinal },
        "Leader" => new Leader { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases), Title = n.Title },
        "Organization" => new Organization { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases), Acronym = n.Acronym },
        "Place" => new Place { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases) },
        "Topic" => new Topic { Id = n.Id, Name = n.Name, Aliases = Strings(n.Aliases) },
        _ => throw new ArgumentException($"Unknown node kind '{n.Kind}'.", nameof(n)),
    };

    private static Edge ToEdge(EdgeDto e, Node from, Node to) => e.Kind switch
    {
        "Cites" when from is Event source => new Cites(source, (Document)to) { Verb = e.Verb },
        "Cites" => new Cites((Document)from, (Document)to) { Verb = e.Verb },
        "Commemorates" => new Commemorates((Event)from, (Document)to) { Anniversary = e.Anniversary },
        "Discussed" => new Discussed((Event)from, (Topic)to),
        "HeldIn" => new HeldIn((Event)from, (Place)to),
        "LeaderOf" => new LeaderOf((Leader)from, (Country)to) { Since = Date(e.Since), Title = e.Title, Until = Date(e.Until) },
        "LocatedIn" => new LocatedIn((Place)from, (Country)to),
        "MemberOf" => new MemberOf((Country)from, (Organization)to),
        "Mentions" => new Mentions((Article)from, to),
        "OrganizedBy" => new OrganizedBy((Event)from, (Organization)to),
        "PartOf" => new PartOf((Event)from, (Event)to),
        "ParticipatedIn" => new ParticipatedIn((Leader)from, (Event)to),
        "PartyTo" => new PartyTo((Country)from, (Document)to),
        "Represented" => new Represented((Country)from, (Event)to),
        "SignedBy" => new SignedBy((Document)from, (Leader)to),
        _ => throw new ArgumentException($"Unknown edge kind '{e.Kind}'.", nameof(e)),
    };

    private static EquatableArray<string> Strings(List<string>? items) => items is null ? default : new EquatableArray<string>([.. items]);

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);

    private static T? Enum<T>(string? text)
        where T : struct, System.Enum => text is null ? null : System.Enum.Parse<T>(text);
}
