namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// Builds a <see cref="KnowledgeGraph"/> from a <see cref="SyntheticGraph"/> the way an application does: every node
/// through <see cref="KnowledgeGraph.AddNode{TNode}"/>, keeping the graph's instances, then every edge through the typed
/// helpers generated from the ontology (<c>AddParticipatedIn</c>, <c>AddCites</c>, …) with its evidence, or, for a
/// graph without evidence, through the typed edge constructors and <c>AddEdge(edge, [])</c>.
/// </summary>
public static class TypedGraphBuilder
{
    /// <summary>The whole graph.</summary>
    public static KnowledgeGraph Build(SyntheticGraph source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var graph = new KnowledgeGraph();
        var nodes = new Node[source.Nodes.Count];
        AddNodes(graph, source, nodes);
        AddEdges(graph, source, nodes);
        return graph;
    }

    /// <summary>Adds every node, and puts the graph's instances in <paramref name="nodes"/>, by node number.</summary>
    public static void AddNodes(KnowledgeGraph graph, SyntheticGraph source, Node[] nodes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(nodes);
        for (var i = 0; i < source.Nodes.Count; i++)
        {
            nodes[i] = graph.AddNode(source.Nodes[i]);
        }
    }

    /// <summary>Adds every edge between <paramref name="nodes"/>, the graph's instances.</summary>
    public static void AddEdges(KnowledgeGraph graph, SyntheticGraph source, Node[] nodes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(nodes);
        var edges = source.Edges;
        if (edges.Evidence is { } evidence)
        {
            for (var i = 0; i < edges.Count; i++)
            {
                AddTyped(graph, edges.Kinds[i], nodes[edges.From[i]], nodes[edges.To[i]], evidence[i]!, edges.Labels[i], edges.Numbers[i]);
            }
        }
        else
        {
            for (var i = 0; i < edges.Count; i++)
            {
                graph.AddEdge(Create(edges.Kinds[i], nodes[edges.From[i]], nodes[edges.To[i]], edges.Labels[i], edges.Numbers[i]), []);
            }
        }
    }

    private static Edge AddTyped(KnowledgeGraph graph, EdgeKindCode kind, Node from, Node to, Evidence evidence, string? label, int number) => kind switch
    {
        EdgeKindCode.LeaderOf => graph.AddLeaderOf((Leader)from, (Country)to, evidence, title: label),
        EdgeKindCode.LocatedIn => graph.AddLocatedIn((Place)from, (Country)to, evidence),
        EdgeKindCode.MemberOf => graph.AddMemberOf((Country)from, (Organization)to, evidence),
        EdgeKindCode.PartyTo => graph.AddPartyTo((Country)from, (Document)to, evidence),
        EdgeKindCode.SignedBy => graph.AddSignedBy((Document)from, (Leader)to, evidence),
        EdgeKindCode.Cites when from is Event e => graph.AddCites(e, (Document)to, evidence, label),
        EdgeKindCode.Cites => graph.AddCites((Document)from, (Document)to, evidence, label),
        EdgeKindCode.Commemorates => graph.AddCommemorates((Event)from, (Document)to, evidence, number),
        EdgeKindCode.ParticipatedIn => graph.AddParticipatedIn((Leader)from, (Event)to, evidence),
        EdgeKindCode.Represented => graph.AddRepresented((Country)from, (Event)to, evidence),
        EdgeKindCode.HeldIn => graph.AddHeldIn((Event)from, (Place)to, evidence),
        EdgeKindCode.PartOf => graph.AddPartOf((Event)from, (Event)to, evidence),
        EdgeKindCode.OrganizedBy => graph.AddOrganizedBy((Event)from, (Organization)to, evidence),
        EdgeKindCode.Discussed => graph.AddDiscussed((Event)from, (Topic)to, evidence),
        EdgeKindCode.Mentions => graph.AddMentions((Article)from, to, evidence),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an edge kind of the built-in ontology."),
    };

    private static Edge Create(EdgeKindCode kind, Node from, Node to, string? label, int number) => kind switch
    {
        EdgeKindCode.LeaderOf => new LeaderOf((Leader)from, (Country)to) { Title = label },
        EdgeKindCode.LocatedIn => new LocatedIn((Place)from, (Country)to),
        EdgeKindCode.MemberOf => new MemberOf((Country)from, (Organization)to),
        EdgeKindCode.PartyTo => new PartyTo((Country)from, (Document)to),
        EdgeKindCode.SignedBy => new SignedBy((Document)from, (Leader)to),
        EdgeKindCode.Cites when from is Event e => new Cites(e, (Document)to) { Verb = label },
        EdgeKindCode.Cites => new Cites((Document)from, (Document)to) { Verb = label },
        EdgeKindCode.Commemorates => new Commemorates((Event)from, (Document)to) { Anniversary = number },
        EdgeKindCode.ParticipatedIn => new ParticipatedIn((Leader)from, (Event)to),
        EdgeKindCode.Represented => new Represented((Country)from, (Event)to),
        EdgeKindCode.HeldIn => new HeldIn((Event)from, (Place)to),
        EdgeKindCode.PartOf => new PartOf((Event)from, (Event)to),
        EdgeKindCode.OrganizedBy => new OrganizedBy((Event)from, (Organization)to),
        EdgeKindCode.Discussed => new Discussed((Event)from, (Topic)to),
        EdgeKindCode.Mentions => new Mentions((Article)from, to),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an edge kind of the built-in ontology."),
    };
}
