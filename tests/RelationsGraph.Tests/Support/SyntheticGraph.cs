using System.Globalization;

namespace RelationsGraph.Tests.Support;

/// <summary>
/// A large graph of every kind, generated from a fixed seed: documents in citation chains of ten whose first
/// document is foundational, events that each cite one document, and the other kinds joined at random.
/// </summary>
public static class SyntheticGraph
{
    /// <summary>How many documents a citation chain has.</summary>
    public const int ChainLength = 10;

    /// <summary>
    /// Exactly <paramref name="nodes"/> nodes (at least 1,000) and <paramref name="edges"/> edges (enough for the
    /// structure: about four per node).
    /// </summary>
    public static KnowledgeGraph Create(int nodes, int edges, int seed = 20231116)
    {
        var random = new Random(seed);
        var graph = new KnowledgeGraph();
        var evidence = Evidence.FromArticle("synthetic", 0, 0, 4, "text");
        var kb = Evidence.FromReference("synthetic-kb");

        var countries = Make(nodes / 500, i => new Country { Id = Id("country", i), Name = Name("Country", i) });
        var organizations = Make(nodes / 333, i => new Organization { Id = Id("org", i), Name = Name("Organization", i) });
        var places = Make(nodes * 45 / 1000, i => new Place { Id = Id("place", i), Name = Name("Place", i) });
        var topics = Make(nodes / 20, i => new Topic { Id = Id("topic", i), Name = Name("Topic", i) });
        var leaders = Make(nodes / 5, i => new Leader { Id = Id("leader", i), Name = Name("Leader", i) });
        var documents = Make((nodes / 4) - ((nodes / 4) % ChainLength), i => i % 10 == 5
            ? new Treaty { Id = Id("treaty", i), Name = Name("Treaty", i), SignedOn = new PartialDate(1950 + (i % 70), 1 + (i % 12), 1) }
            : new Document { Id = Id("doc", i), Name = Name("Document", i), Date = new PartialDate(1950 + (i % 70)), Foundational = i % ChainLength == 0 ? true : null });
        var articles = Make(nodes / 10, i => new Article { Id = Id("article", i), Name = Name("Article", i) });
        var used = countries.Length + organizations.Length + places.Length + topics.Length + leaders.Length + documents.Length + articles.Length;
        var events = Make(nodes - used, i => new Event { Id = Id("event", i), Name = Name("Event", i), EventKind = (EventKind)(i % 8), Date = new PartialDate(2000 + (i % 24), 1 + (i % 12)) });
        T Any<T>(T[] items) => items[random.Next(items.Length)];

        // The edges below join the graph's own nodes, as a bulk builder would.
        Own(graph, countries);
        Own(graph, organizations);
        Own(graph, places);
        Own(graph, topics);
        Own(graph, leaders);
        Own(graph, documents);
        Own(graph, articles);
        Own(graph, events);

        foreach (var leader in leaders)
        {
            graph.AddLeaderOf(leader, Any(countries), kb);
        }

        foreach (var place in places)
        {
            graph.AddLocatedIn(place, Any(countries), kb);
        }

        foreach (var country in countries)
        {
            graph.AddMemberOf(country, Any(organizations), kb);
            graph.AddMemberOf(country, Any(organizations), kb);
        }

        for (var i = 0; i < documents.Length; i++)
        {
            var position = i % ChainLength;
            if (position > 0)
            {
                graph.AddCites(documents[i], documents[i - 1], kb);
            }

            if (position >= 2 && i % 3 == 0)
            {
                graph.AddCites(documents[i], documents[i - 2], kb);
            }

            graph.AddPartyTo(Any(countries), documents[i], kb);
            graph.AddPartyTo(Any(countries), documents[i], kb);
            graph.AddSignedBy(documents[i], Any(leaders), kb);
        }

        for (var i = 0; i < events.Length; i++)
        {
            var @event = events[i];
            graph.AddParticipatedIn(Any(leaders), @event, evidence);
            graph.AddParticipatedIn(Any(leaders), @event, evidence);
            graph.AddRepresented(Any(countries), @event, evidence);
            graph.AddRepresented(Any(countries), @event, evidence);
            graph.AddHeldIn(@event, Any(places), evidence);
            graph.AddDiscussed(@event, Any(topics), evidence);
            graph.AddCites(@event, Any(documents), evidence);
            if (i % 7 == 6)
            {
                graph.AddPartOf(@event, events[random.Next(i)], evidence);
            }

            if (i % 10 == 0)
            {
                graph.AddOrganizedBy(@event, Any(organizations), evidence);
            }

            if (i % 20 == 0)
            {
                graph.AddCommemorates(@event, Any(documents), evidence, anniversary: 10);
            }
        }

        var all = graph.Nodes.ToArray();
        if (graph.EdgeCount > edges)
        {
            throw new ArgumentOutOfRangeException(nameof(edges), $"The structure alone has {graph.EdgeCount} edges.");
        }

        while (graph.EdgeCount < edges)
        {
            graph.AddMentions(Any(articles), Any(all), evidence);
        }

        return graph;
    }

    private static void Own<T>(KnowledgeGraph graph, T[] nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = graph.AddNode(nodes[i]);
        }
    }

    private static T[] Make<T>(int count, Func<int, T> create)
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = create(i);
        }

        return items;
    }

    private static string Id(string prefix, int i) => prefix + ":" + i.ToString("D6", CultureInfo.InvariantCulture);

    private static string Name(string kind, int i) => kind + " " + i.ToString(CultureInfo.InvariantCulture);
}
