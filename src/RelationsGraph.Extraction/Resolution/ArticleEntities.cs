using System.Runtime.InteropServices;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// The nodes one article refers to, each once by id, with the surface forms the article uses for it and what
/// the article says of leaders (title and country). Knowledge-base nodes enter as copies of the knowledge
/// base's node, so they keep its id, name, aliases and properties.
/// </summary>
public sealed class ArticleEntities
{
    private readonly Dictionary<string, Node> nodes = new(StringComparer.Ordinal);
    // A node's surface forms in the order first seen: few per node, so a list beats a set; Build sorts them.
    private readonly Dictionary<string, List<string>> aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Title, string? Country)> leaderFacts = new(StringComparer.Ordinal);
    private readonly KnowledgeBase kb;
    private readonly DateOnly? date;

    /// <summary>An empty table for an article dated <paramref name="articleDate"/>.</summary>
    public ArticleEntities(KnowledgeBase knowledgeBase, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        kb = knowledgeBase;
        date = articleDate;
    }

    /// <summary>The nodes, in the order they were first added.</summary>
    public IEnumerable<Node> Nodes => nodes.Values;

    /// <summary>Whether the table holds <paramref name="id"/>.</summary>
    public bool Contains(string id) => nodes.ContainsKey(id);

    /// <summary>The node with <paramref name="id"/> if it is a <typeparamref name="TNode"/>.</summary>
    public TNode? Get<TNode>(string id)
        where TNode : Node => nodes.TryGetValue(id, out var node) ? node as TNode : null;

    /// <summary>Adds <paramref name="node"/> unless the table has its id; returns the table's node.</summary>
    public TNode Add<TNode>(TNode node)
        where TNode : Node
    {
        ArgumentNullException.ThrowIfNull(node);
        if (nodes.TryGetValue(node.Id, out var existing))
        {
            return (TNode)existing;
        }

        nodes.Add(node.Id, node);
        return node;
    }

    /// <summary>The knowledge base's node <paramref name="id"/>, added to the table; null when the knowledge base lacks it.</summary>
    public TNode? AddKnown<TNode>(string id)
        where TNode : Node => Get<TNode>(id) ?? (kb.Get<TNode>(id) is { } known ? Add(known) : null);

    /// <summary>Records a surface form the article uses for <paramref name="id"/>.</summary>
    public void AddAlias(string id, string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var trimmed = Normalize(alias);
        if (trimmed.Length == 0 || !nodes.ContainsKey(id))
        {
            return;
        }

        if (!aliases.TryGetValue(id, out var forms))
        {
            aliases[id] = forms = [];
        }

        if (!forms.Contains(trimmed))
        {
            forms.Add(trimmed);
        }
    }

    /// <summary>Records the title and country the article gives a leader (the first of each wins).</summary>
    public void SetLeaderFacts(string leaderId, string? title, string? countryId)
    {
        leaderFacts.TryGetValue(leaderId, out var facts);
        leaderFacts[leaderId] = (facts.Title ?? title, facts.Country ?? countryId);
    }

    /// <summary>The leader's country: as the article states it, or from the knowledge base's terms on the article's date.</summary>
    public string? CountryOf(string leaderId) =>
        leaderFacts.TryGetValue(leaderId, out var facts) && facts.Country is not null ? facts.Country : KnownTerm(leaderId)?.CountryId;

    /// <summary>The leader's title: as the article states it, or from the knowledge base.</summary>
    public string? TitleOf(string leaderId) =>
        leaderFacts.TryGetValue(leaderId, out var facts) && facts.Title is not null ? facts.Title : KnownTerm(leaderId)?.Title ?? Get<Leader>(leaderId)?.Title;

    /// <summary>The title the article gives the leader, or null when it gives none.</summary>
    public string? StatedTitleOf(string leaderId) => leaderFacts.TryGetValue(leaderId, out var facts) ? facts.Title : null;

    /// <summary>The knowledge base's term of the leader on the article's date (else the leader's latest term).</summary>
    public OfficeTerm? KnownTerm(string leaderId)
    {
        var terms = kb.TermsOf(leaderId);
        if (terms.Count == 0)
        {
            return null;
        }

        return date is { } day ? terms.FirstOrDefault(t => t.Covers(day)) ?? terms[^1] : terms[^1];
    }

    /// <summary>The nodes as they go into the graph: each with the article's surface forms added to its aliases.</summary>
    /// <remarks>In id order (ordinal); aliases sorted (ordinal) and distinct.</remarks>
    public IEnumerable<Node> Build()
    {
        var ids = new string[nodes.Count];
        nodes.Keys.CopyTo(ids, 0);
        Array.Sort(ids, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var node = nodes[id];
            if (aliases.TryGetValue(id, out var forms))
            {
                yield return node with { Aliases = ImmutableCollectionsMarshal.AsImmutableArray(WithAliases(node, forms)) };
            }
            else
            {
                yield return node;
            }
        }
    }

    /// <summary>The node's aliases and the article's <paramref name="forms"/> of it other than its name, sorted (ordinal) and distinct.</summary>
    private static string[] WithAliases(Node node, List<string> forms)
    {
        // Gathered, sorted and made distinct in one array, which is the result unless duplicates shortened it.
        var known = node.Aliases.Items;
        var all = new string[known.Length + forms.Count];
        known.CopyTo(all);
        var count = known.Length;
        foreach (var form in forms)
        {
            if (!string.Equals(form, node.Name, StringComparison.Ordinal))
            {
                all[count++] = form;
            }
        }

        Array.Sort(all, 0, count, StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (distinct == 0 || !string.Equals(all[distinct - 1], all[i], StringComparison.Ordinal))
            {
                all[distinct++] = all[i];
            }
        }

        if (distinct < all.Length)
        {
            Array.Resize(ref all, distinct);
        }

        return all;
    }

    private static string Normalize(string alias)
    {
        if (IsNormal(alias))
        {
            return alias; // most aliases are: no copy
        }

        var builder = new System.Text.StringBuilder(alias.Length);
        var space = false;
        foreach (var c in alias.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="Normalize"/> would give the text back unchanged: no white space at the ends, and only single plain spaces inside.</summary>
    private static bool IsNormal(string alias)
    {
        if (alias.Length > 0 && (char.IsWhiteSpace(alias[0]) || char.IsWhiteSpace(alias[^1])))
        {
            return false;
        }

        for (var i = 0; i < alias.Length; i++)
        {
            if (char.IsWhiteSpace(alias[i]) && (alias[i] != ' ' || char.IsWhiteSpace(alias[i + 1])))
            {
                return false;
            }
        }

        return true;
    }
}
