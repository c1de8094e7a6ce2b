namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// The words the extractor needs that the graph data does not hold: office titles, the topics leaders raise,
/// cities, regions and venues beyond the capitals, recurring summits, extra aliases for knowledge-base nodes, and
/// which leaders are women (for "she" and "he").
/// </summary>
/// <remarks>The bundled lexicon is <c>KnowledgeBase/lexicon.json</c>; see <see cref="KnowledgeBaseBuilder.AddLexiconFile"/>.</remarks>
public sealed class Lexicon
{
    /// <summary>An empty lexicon.</summary>
    public static Lexicon Empty { get; } = new([], [], [], [], new Dictionary<string, IReadOnlyList<string>>(), [], new HashSet<string>(StringComparer.Ordinal));

    internal Lexicon(
        IReadOnlyList<LexiconTitle> titles,
        IReadOnlyList<LexiconTopic> topics,
        IReadOnlyList<LexiconPlace> places,
        IReadOnlyList<LexiconEventSeries> eventSeries,
        IReadOnlyDictionary<string, IReadOnlyList<string>> aliases,
        IReadOnlyList<string> features,
        IReadOnlySet<string> women)
    {
        Features = features;
        Women = women;
        Titles = titles;
        Topics = topics;
        Places = places;
        EventSeries = eventSeries;
        Aliases = aliases;
    }

    /// <summary>Office titles and the forms copy writes them in (a text match takes the longest form).</summary>
    public IReadOnlyList<LexiconTitle> Titles { get; }

    /// <summary>Topics, each with the phrases that name it.</summary>
    public IReadOnlyList<LexiconTopic> Topics { get; }

    /// <summary>Cities, regions and venues.</summary>
    public IReadOnlyList<LexiconPlace> Places { get; }

    /// <summary>Recurring meetings convened by organizations.</summary>
    public IReadOnlyList<LexiconEventSeries> EventSeries { get; }

    /// <summary>
    /// Geographic names that contain a country's name or adjective ("South China Sea", "Indian Ocean", "Latin American"):
    /// no country is mentioned by them.
    /// </summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>
    /// Leaders who are women, by node id: "she" and "her" refer to them, "he" and "his" do not. Leaders not listed may be
    /// either, unless the article says ("Ms", "Queen").
    /// </summary>
    public IReadOnlySet<string> Women { get; }

    /// <summary>Extra aliases for knowledge-base nodes, by node id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; }

    /// <summary>The title entry whose canonical title is <paramref name="title"/>, ignoring case.</summary>
    public LexiconTitle? FindTitle(string title) =>
        Titles.FirstOrDefault(t => string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase));

    /// <summary>The place entry named <paramref name="name"/> (or with that alias), ignoring case.</summary>
    public LexiconPlace? FindPlace(string name) =>
        Places.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The series convened by the organization <paramref name="organizationId"/>, if any.</summary>
    public LexiconEventSeries? FindSeries(string organizationId) =>
        EventSeries.FirstOrDefault(s => string.Equals(s.OrganizationId, organizationId, StringComparison.Ordinal));

    /// <summary>
    /// Whether the organization <paramref name="organizationId"/>, named <paramref name="name"/>, is its series itself:
    /// "the East Asia Summit", "the United Nations General Assembly" name the gathering, and an edition organized by
    /// a body of its own name says nothing.
    /// </summary>
    public bool IsSeriesItself(string organizationId, string name) =>
        FindSeries(organizationId) is { } series && string.Equals(series.Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>A lexicon holding the entries of this one and then those of <paramref name="other"/>.</summary>
    public Lexicon Concat(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (id, list) in Aliases.Concat(other.Aliases))
        {
            aliases[id] = aliases.TryGetValue(id, out var existing) ? [.. existing, .. list] : list;
        }

        return new Lexicon(
            [.. Titles, .. other.Titles], [.. Topics, .. other.Topics], [.. Places, .. other.Places],
            [.. EventSeries, .. other.EventSeries], aliases, [.. Features, .. other.Features],
            new HashSet<string>(Women.Concat(other.Women), StringComparer.Ordinal));
    }
}
