namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// How many nodes of each kind a synthetic graph of a given size has, and where each kind's nodes start.
/// Nodes are numbered kind by kind (countries first), and a node's number is its vertex in the raw graph.
/// </summary>
/// <remarks>
/// The mix follows a news graph: about 200 countries and 60 organizations whatever the size; then, of the
/// rest, 2 % places, 1 % topics, 6 % leaders, 4 % documents, 22 % events and the remaining ~65 % articles.
/// </remarks>
public sealed record GraphLayout
{
    /// <summary>The smallest graph the generator makes.</summary>
    public const int MinimumSize = 100;

    /// <summary>The layout of a graph with <paramref name="size"/> nodes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is below <see cref="MinimumSize"/>.</exception>
    public GraphLayout(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, MinimumSize);
        Size = size;
        Countries = Math.Clamp(size / 50, 8, 200);
        Organizations = Math.Clamp(size / 200, 4, 60);
        Places = Math.Max(4, size / 50);
        Topics = Math.Max(4, size / 100);
        Leaders = Math.Max(Countries, (int)(size * 6L / 100));
        Documents = Math.Max(8, size / 25);
        Events = Math.Max(8, (int)(size * 22L / 100));
        Articles = size - Countries - Organizations - Places - Topics - Leaders - Documents - Events;
    }

    public int Size { get; }

    public int Countries { get; }

    public int Organizations { get; }

    public int Places { get; }

    public int Topics { get; }

    public int Leaders { get; }

    public int Documents { get; }

    public int Events { get; }

    public int Articles { get; }

    public const int FirstCountry = 0;

    public int FirstOrganization => FirstCountry + Countries;

    public int FirstPlace => FirstOrganization + Organizations;

    public int FirstTopic => FirstPlace + Places;

    public int FirstLeader => FirstTopic + Topics;

    public int FirstDocument => FirstLeader + Leaders;

    public int FirstEvent => FirstDocument + Documents;

    public int FirstArticle => FirstEvent + Events;

    /// <summary>The events that are summits (the first 5 %): other events may be part of one, and an organization convenes each.</summary>
    public int Summits => Math.Max(1, Events / 20);

    /// <summary>The country leader <paramref name="leader"/> (0-based among leaders) holds office in.</summary>
    public int CountryOfLeader(int leader) => leader % Countries;

    /// <summary>How many leaders country <paramref name="country"/> has.</summary>
    public int LeadersOf(int country) => ((Leaders - 1 - country) / Countries) + 1;
}
