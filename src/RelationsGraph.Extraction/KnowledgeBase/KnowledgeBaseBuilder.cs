using RelationsGraph.Serialization;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// Assembles a <see cref="KnowledgeBase"/> from the bundled files and the caller's own: graph JSON files
/// (countries, leaders, documents, organizations and their edges), terms in office, document groups and lexicons.
/// </summary>
/// <remarks>
/// Graphs are merged in the order added with the graph's merge rules, so a user file can add aliases,
/// properties and edges to bundled nodes. LeaderOf edges of added graphs that carry a start date become terms
/// in office too. Not thread-safe; the built knowledge base is immutable and shareable.
/// </remarks>
public sealed class KnowledgeBaseBuilder
{
    private readonly KnowledgeGraph graph = new();
    private readonly List<OfficeTerm> terms = [];
    private readonly List<DocumentGroup> groups = [];
    private Lexicon lexicon = Lexicon.Empty;

    /// <summary>Adds the knowledge base bundled with the library.</summary>
    /// <returns>This builder.</returns>
    public KnowledgeBaseBuilder AddBundled()
    {
        graph.Merge(GraphFileSet.Read([.. EmbeddedKnowledge.GraphFiles.Select(f => (f, EmbeddedKnowledge.Read(f)))], Ontology.BuiltIn));

        terms.AddRange(ReferenceArrays.ReadTerms(EmbeddedKnowledge.Read(EmbeddedKnowledge.TermsFile), EmbeddedKnowledge.TermsFile));
        groups.AddRange(ReferenceArrays.ReadGroups(EmbeddedKnowledge.Read(EmbeddedKnowledge.GroupsFile), EmbeddedKnowledge.GroupsFile));
        lexicon = lexicon.Concat(LexiconReader.Read(EmbeddedKnowledge.Read(EmbeddedKnowledge.LexiconFile), EmbeddedKnowledge.LexiconFile));
        return this;
    }

    /// <summary>Merges a graph: its nodes and edges become reference knowledge.</summary>
    /// <param name="knowledge">The graph; it is not changed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The graph holds an id under another kind than this knowledge base.</exception>
    public KnowledgeBaseBuilder AddGraph(KnowledgeGraph knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        graph.Merge(knowledge);
        foreach (var edge in knowledge.EdgesOf<LeaderOf>().Where(e => e.Since is not null))
        {
            terms.Add(new OfficeTerm(edge.Source.Id, edge.Target.Id, edge.Title ?? ((Leader)edge.Source).Title ?? "Leader", edge.Since, edge.Until));
        }

        return this;
    }

    /// <summary>
    /// Reads and merges a graph JSON file (see <see cref="AddGraph"/>). Its edges may join its own nodes and the
    /// nodes this builder already holds (a LeaderOf edge to <c>country:jp</c> needs no copy of Japan).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="GraphFormatException">The file is not a valid graph; the message names the file, line and JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public KnowledgeBaseBuilder AddGraphFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        var known = new MemoryStream();
        GraphJsonWriter.Write(NodesOnly(GraphFileSet.NodeIds(bytes)), known);
        var read = GraphFileSet.Read([("knowledge base", known.ToArray()), (path, bytes)], Ontology.BuiltIn);
        return AddGraph(read);
    }

    /// <summary>The builder's nodes except those the file defines itself, so that its edges may reach the others.</summary>
    private KnowledgeGraph NodesOnly(HashSet<string> defined)
    {
        var nodes = new KnowledgeGraph();
        foreach (var node in graph.Nodes.Where(n => !defined.Contains(n.Id)))
        {
            nodes.AddNode(node);
        }

        return nodes;
    }

    /// <summary>Adds terms in office.</summary>
    /// <param name="officeTerms">The terms.</param>
    /// <returns>This builder.</returns>
    public KnowledgeBaseBuilder AddTerms(IEnumerable<OfficeTerm> officeTerms)
    {
        ArgumentNullException.ThrowIfNull(officeTerms);
        terms.AddRange(officeTerms);
        return this;
    }

    /// <summary>Adds document groups.</summary>
    /// <param name="documentGroups">The groups.</param>
    /// <returns>This builder.</returns>
    public KnowledgeBaseBuilder AddDocumentGroups(IEnumerable<DocumentGroup> documentGroups)
    {
        ArgumentNullException.ThrowIfNull(documentGroups);
        groups.AddRange(documentGroups);
        return this;
    }

    /// <summary>Reads a lexicon file in the format of the bundled <c>lexicon.json</c> and adds its entries.</summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidDataException">The file is not a valid lexicon; the message names the file and the JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public KnowledgeBaseBuilder AddLexiconFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        lexicon = lexicon.Concat(LexiconReader.Read(File.ReadAllBytes(path), path));
        return this;
    }

    /// <summary>Builds the knowledge base; the builder can go on being used.</summary>
    /// <returns>An immutable knowledge base.</returns>
    public KnowledgeBase Build()
    {
        var built = new KnowledgeGraph();
        built.Merge(graph);
        foreach (var (id, aliases) in lexicon.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            // A copy of the builder's node (not of the built graph's own, which the graph would take as merged already).
            if (graph.TryGetNode(id, out var node))
            {
                built.AddNode(node with { Aliases = aliases.ToArray() });
            }
        }

        var distinctTerms = terms.Distinct()
            .OrderBy(t => t.LeaderId, StringComparer.Ordinal).ThenBy(t => t.Since).ThenBy(t => t.CountryId, StringComparer.Ordinal)
            .ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
        return new KnowledgeBase(built, distinctTerms, [.. groups], lexicon);
    }
}
