namespace RelationsGraph.Export.GraphML;

/// <summary>
/// The keys of a GraphML export, derived from the ontology: fixed keys for what every node and edge has, and one
/// key per property name of the node kinds and of the edge kinds.
/// </summary>
/// <remarks>
/// Lists, dates, timestamps and enums are strings (lists as JSON arrays, dates in ISO 8601). When two kinds give one
/// property name different types, the key is a string.
/// </remarks>
internal sealed class GraphMLKeys
{
    public const string NodeId = "n-id";
    public const string NodeKind = "n-kind";
    public const string NodeName = "n-name";
    public const string NodeAliases = "n-aliases";
    public const string EdgeKind = "e-kind";
    public const string EdgeEvidenceCount = "e-evidenceCount";
    public const string EdgeEvidence = "e-evidence";

    private GraphMLKeys(IReadOnlyList<GraphMLKey> all, IReadOnlyDictionary<string, string> nodeProperties, IReadOnlyDictionary<string, string> edgeProperties)
    {
        All = all;
        NodeProperties = nodeProperties;
        EdgeProperties = edgeProperties;
    }

    /// <summary>Every key, in the order they are declared.</summary>
    public IReadOnlyList<GraphMLKey> All { get; }

    /// <summary>The key id of each node property name.</summary>
    public IReadOnlyDictionary<string, string> NodeProperties { get; }

    /// <summary>The key id of each edge property name.</summary>
    public IReadOnlyDictionary<string, string> EdgeProperties { get; }

    /// <summary>The keys for graphs of <paramref name="ontology"/>.</summary>
    public static GraphMLKeys For(Ontology ontology, bool includeEvidence)
    {
        var keys = new List<GraphMLKey>
        {
            new(NodeId, "node", "id", "string"),
            new(NodeKind, "node", "kind", "string"),
            new(NodeName, "node", "name", "string"),
            new(NodeAliases, "node", "aliases", "string"),
        };
        var nodeProperties = AddProperties(keys, "node", "np-", ontology.NodeKinds.SelectMany(k => k.Properties));
        keys.Add(new(EdgeKind, "edge", "kind", "string"));
        keys.Add(new(EdgeEvidenceCount, "edge", "evidenceCount", "int"));
        if (includeEvidence)
        {
            keys.Add(new(EdgeEvidence, "edge", "evidence", "string"));
        }

        var edgeProperties = AddProperties(keys, "edge", "ep-", ontology.EdgeKinds.SelectMany(k => k.Properties));
        return new GraphMLKeys(keys, nodeProperties, edgeProperties);
    }

    private static Dictionary<string, string> AddProperties(List<GraphMLKey> keys, string target, string prefix, IEnumerable<PropertyDescriptor> properties)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in properties.GroupBy(p => p.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var types = group.Select(p => TypeOf(p.Type)).Distinct().ToList();
            var id = prefix + group.Key;
            keys.Add(new GraphMLKey(id, target, group.Key, types.Count == 1 ? types[0] : "string"));
            ids[group.Key] = id;
        }

        return ids;
    }

    private static string TypeOf(PropertyType type) => type switch
    {
        PropertyType.Number => "int",
        PropertyType.Boolean => "boolean",
        _ => "string",
    };
}
