namespace RelationsGraph.Queries;

/// <summary>
/// Finds the nodes a person means by a text: <c>leader:fumio-kishida</c>, <c>Fumio Kishida</c> and <c>Kishida</c> all
/// name the same leader. Rules are tried from the strictest to the loosest (see <see cref="LookupMatch"/>), and
/// the first rule that matches anything decides; when it matches several nodes the result is ambiguous.
/// </summary>
/// <remarks>The index is built once, from the graph as it is when the lookup is created; matching ignores case.</remarks>
public sealed class EntityLookup
{
    private readonly Dictionary<string, SortedSet<Node>> byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SortedSet<Node>> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SortedSet<Node>> bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<Node>> byWord = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Comparer<Node> ById = Comparer<Node>.Create(static (a, b) => string.CompareOrdinal(a.Id, b.Id));

    /// <summary>Indexes the ids, names and aliases of every node of <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public EntityLookup(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var node in graph.Nodes)
        {
            Add(byId, node.Id, node);
            var prefix = NodeId.PrefixOf(node.Id);
            Add(bySlug, node.Id[(prefix.Length + 1)..], node);
            foreach (var name in Names(node))
            {
                Add(byName, name, node);
                foreach (var word in Words(name))
                {
                    Add(byWord, word, node);
                }
            }
        }
    }

    /// <summary>The nodes <paramref name="text"/> names, with the rule that matched.</summary>
    /// <param name="text">An id, a name, an alias, or words of a name; surrounding white space is ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public LookupResult Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = text.Trim();
        if (query.Length == 0)
        {
            return new LookupResult(text, LookupMatch.None, []);
        }

        if (byId.TryGetValue(query, out var nodes))
        {
            return new LookupResult(text, LookupMatch.Id, [.. nodes]);
        }

        if (byName.TryGetValue(query, out nodes))
        {
            return new LookupResult(text, LookupMatch.NameOrAlias, [.. nodes]);
        }

        if (NodeId.Slug(query) is { Length: > 0 } slug && bySlug.TryGetValue(slug, out nodes))
        {
            return new LookupResult(text, LookupMatch.Slug, [.. nodes]);
        }

        var words = Words(query);
        if (words.Count > 0 && byWord.TryGetValue(words[0], out nodes))
        {
            var matches = nodes.Where(node => Names(node).Any(name => ContainsRun(Words(name), words))).ToList();
            if (matches.Count > 0)
            {
                return new LookupResult(text, LookupMatch.Word, matches);
            }
        }

        return new LookupResult(text, LookupMatch.None, []);
    }

    private static IEnumerable<string> Names(Node node) => node.Aliases.Items.Prepend(node.Name).Where(n => n.Length > 0);

    /// <summary>The words of <paramref name="text"/>: maximal runs of letters and digits.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static bool ContainsRun(List<string> words, List<string> run)
    {
        for (var i = 0; i + run.Count <= words.Count; i++)
        {
            var j = 0;
            while (j < run.Count && string.Equals(words[i + j], run[j], StringComparison.OrdinalIgnoreCase))
            {
                j++;
            }

            if (j == run.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Dictionary<string, SortedSet<Node>> index, string key, Node node)
    {
        if (!index.TryGetValue(key, out var nodes))
        {
            index[key] = nodes = new SortedSet<Node>(ById);
        }

        nodes.Add(node);
    }
}
