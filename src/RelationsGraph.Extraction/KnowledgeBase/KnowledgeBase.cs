using System.Collections.Frozen;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// The reference knowledge the extractor links articles to: countries (names, demonyms, capitals), leaders and
/// their terms in office, foundational documents and the edges among them, organizations and their members,
/// document groups, and the lexicon of titles, topics, places and summits.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="LoadDefault"/> returns the bundled knowledge base, loaded once from the JSON files embedded in this
/// assembly (graph JSON read by the generated reader, plus plain arrays). <see cref="Load"/> adds the caller's
/// own graph JSON files; <see cref="KnowledgeBaseBuilder"/> adds terms, groups and lexicons too.
/// </para>
/// <para>
/// Facts the extractor takes from here carry <see cref="Reference"/> as their evidence. Instances are immutable
/// and safe to share between threads.
/// </para>
/// </remarks>
public sealed class KnowledgeBase
{
    /// <summary>The name reference evidence gives for facts from the knowledge base.</summary>
    public const string ReferenceName = "relationsgraph-kb";

    private static readonly Lazy<KnowledgeBase> Bundled = new(() => new KnowledgeBaseBuilder().AddBundled().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, IReadOnlyList<OfficeTerm>> termsByLeader;
    private readonly FrozenDictionary<string, IReadOnlyList<OfficeTerm>> termsByCountry;
    private readonly FrozenDictionary<string, Country> countriesByCapital;

    internal KnowledgeBase(KnowledgeGraph graph, IReadOnlyList<OfficeTerm> terms, IReadOnlyList<DocumentGroup> groups, Lexicon lexicon)
    {
        Graph = graph;
        Terms = terms;
        DocumentGroups = groups;
        Lexicon = lexicon;
        termsByLeader = terms.GroupBy(t => t.LeaderId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<OfficeTerm>)[.. g], StringComparer.Ordinal);
        termsByCountry = terms.GroupBy(t => t.CountryId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<OfficeTerm>)[.. g], StringComparer.Ordinal);
        Countries = [.. graph.NodesOf<Country>().OrderBy(n => n.Id, StringComparer.Ordinal)];
        Leaders = [.. graph.NodesOf<Leader>().OrderBy(n => n.Id, StringComparer.Ordinal)];
        Documents = [.. graph.NodesOf<Document>().OrderBy(n => n.Id, StringComparer.Ordinal)];
        Organizations = [.. graph.NodesOf<Organization>().OrderBy(n => n.Id, StringComparer.Ordinal)];
        countriesByCapital = Countries.Where(c => c.Capital is not null)
            .GroupBy(c => c.Capital!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The reference graph: every node and edge of the knowledge base, with reference evidence.</summary>
    public KnowledgeGraph Graph { get; }

    /// <summary>Terms in office, sorted by leader id and start.</summary>
    public IReadOnlyList<OfficeTerm> Terms { get; }

    /// <summary>Groups of documents that copy names together.</summary>
    public IReadOnlyList<DocumentGroup> DocumentGroups { get; }

    /// <summary>Titles, topics, places and summits.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The countries, by id.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The leaders, by id.</summary>
    public IReadOnlyList<Leader> Leaders { get; }

    /// <summary>The documents and treaties, by id.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The organizations, by id.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Evidence for a fact taken from the knowledge base.</summary>
    public static Evidence Reference { get; } = Evidence.FromReference(ReferenceName);

    /// <summary>The bundled knowledge base, loaded on first use and then shared.</summary>
    /// <exception cref="InvalidDataException">A bundled file is broken (a build error, not a user error).</exception>
    public static KnowledgeBase LoadDefault() => Bundled.Value;

    /// <summary>The bundled knowledge base plus the caller's graph JSON files, merged in order.</summary>
    /// <param name="extraFiles">Graph JSON files (the format of <c>GraphJsonWriter</c>).</param>
    /// <exception cref="Serialization.GraphFormatException">A file is not a valid graph.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static KnowledgeBase Load(params string[] extraFiles)
    {
        ArgumentNullException.ThrowIfNull(extraFiles);
        var builder = new KnowledgeBaseBuilder().AddBundled();
        foreach (var file in extraFiles)
        {
            builder.AddGraphFile(file);
        }

        return builder.Build();
    }

    /// <summary>The node with <paramref name="id"/> if the knowledge base has one of kind <typeparamref name="TNode"/>.</summary>
    public TNode? Get<TNode>(string id)
        where TNode : Node => Graph.GetNode<TNode>(id);

    /// <summary>Every term of the leader <paramref name="leaderId"/>, oldest first.</summary>
    public IReadOnlyList<OfficeTerm> TermsOf(string leaderId) =>
        termsByLeader.TryGetValue(leaderId, out var list) ? list : [];

    /// <summary>The terms of <paramref name="leaderId"/> that cover <paramref name="date"/>.</summary>
    public IEnumerable<OfficeTerm> TermsOn(string leaderId, DateOnly date) => TermsOf(leaderId).Where(t => t.Covers(date));

    /// <summary>Whether a term of <paramref name="leaderId"/> covers <paramref name="date"/>: <see cref="TermsOn"/> has one, without its iterator and closure.</summary>
    internal bool InOffice(string leaderId, DateOnly date)
    {
        var terms = TermsOf(leaderId);
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Covers(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who held <paramref name="title"/> of <paramref name="countryId"/> on <paramref name="date"/> (the Japanese
    /// prime minister on 2023-11-16 is Fumio Kishida); null when the knowledge base does not know, or knows two.
    /// A term without an end gives way to a later-starting term of the same office.
    /// </summary>
    public Leader? OfficeHolder(string countryId, string title, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(countryId);
        ArgumentNullException.ThrowIfNull(title);
        var covering = termsByCountry.TryGetValue(countryId, out var list)
            ? list.Where(t => string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase) && t.Covers(date)).ToList()
            : [];

        // A sitting holder's term has no end in the data; a later term of the same office (a user's file that knows
        // the successor) ends it.
        var holders = covering
            .Where(t => t.Until is not null || !covering.Any(u => u.Since is { } later && t.Since is { } since && later.CompareTo(since) > 0))
            .Select(t => t.LeaderId).Distinct(StringComparer.Ordinal).ToList();
        return holders.Count == 1 ? Get<Leader>(holders[0]) : null;
    }

    /// <summary>The country whose capital is <paramref name="city"/> (any letter case), if any.</summary>
    public Country? CountryWithCapital(string city) =>
        countriesByCapital.TryGetValue(city, out var country) ? country : null;

    /// <summary>The id of the country of the place named <paramref name="name"/>: the country it is the capital of, else the lexicon place's country; null when neither knows it.</summary>
    internal string? CountryOfPlace(string name) => CountryWithCapital(name)?.Id ?? Lexicon.FindPlace(name)?.CountryId;

    /// <summary>The groups that <paramref name="documentId"/> belongs to.</summary>
    public IEnumerable<DocumentGroup> GroupsOf(string documentId) =>
        DocumentGroups.Where(g => g.DocumentIds.Contains(documentId, StringComparer.Ordinal));
}
