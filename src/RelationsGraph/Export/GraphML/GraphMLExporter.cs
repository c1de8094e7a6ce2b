using System.Globalization;
using System.Xml;

namespace RelationsGraph.Export.GraphML;

/// <summary>
/// Writes a graph as GraphML, with typed <c>&lt;key&gt;</c> declarations for the id, kind, name and aliases of nodes,
/// the kind and evidence count of edges, and every property of the ontology's kinds, so that tools such as NetworkX
/// (<c>networkx.read_graphml</c>), Gephi or yEd read the graph with its attributes.
/// </summary>
/// <remarks>
/// <para>
/// Nodes are written by id and edges by key, with ids <c>e0</c>, <c>e1</c>, … in that order; property values are
/// written only when present. Lists are JSON arrays and dates ISO 8601 strings. Characters XML cannot hold are
/// replaced by U+FFFD. Lines end with <c>"\n"</c>; carriage returns inside values are kept as character references.
/// </para>
/// <para>
/// The text starts with an XML declaration naming UTF-8: write it to a file as UTF-8 (as
/// <see cref="GraphExporterExtensions.ExportToFile"/> does).
/// </para>
/// </remarks>
public sealed class GraphMLExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>An exporter with <paramref name="options"/> (the defaults when null).</summary>
    public GraphMLExporter(GraphMLOptions? options = null) => Options = options ?? new GraphMLOptions();

    /// <summary>What is written besides nodes, edges and properties.</summary>
    public GraphMLOptions Options { get; }

    /// <inheritdoc />
    public void Export(KnowledgeGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var keys = GraphMLKeys.For(graph.Ontology, Options.IncludeEvidence);
        writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        };
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, SchemaInstance);
            xml.WriteAttributeString("schemaLocation", SchemaInstance, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            foreach (var key in keys.All)
            {
                xml.WriteStartElement("key");
                xml.WriteAttributeString("id", key.Id);
                xml.WriteAttributeString("for", key.For);
                xml.WriteAttributeString("attr.name", key.Name);
                xml.WriteAttributeString("attr.type", key.Type);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");
            WriteNodes(graph, xml, keys);
            WriteEdges(graph, xml, keys);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        writer.Write('\n');
    }

    private static void WriteNodes(KnowledgeGraph graph, XmlWriter xml, GraphMLKeys keys)
    {
        var properties = new GraphMLDataWriter(xml, keys.NodeProperties);
        foreach (var node in graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", GraphMLText.Clean(node.Id));
            GraphMLDataWriter.Write(xml, GraphMLKeys.NodeId, node.Id);
            GraphMLDataWriter.Write(xml, GraphMLKeys.NodeKind, node.Kind);
            GraphMLDataWriter.Write(xml, GraphMLKeys.NodeName, node.Name);
            if (!node.Aliases.IsEmpty)
            {
                GraphMLDataWriter.Write(xml, GraphMLKeys.NodeAliases, GraphMLText.JsonArray(node.Aliases));
            }

            node.Accept(properties);
            xml.WriteEndElement();
        }
    }

    private void WriteEdges(KnowledgeGraph graph, XmlWriter xml, GraphMLKeys keys)
    {
        var properties = new GraphMLDataWriter(xml, keys.EdgeProperties);
        var index = 0;
        foreach (var edge in graph.Edges.OrderBy(e => e.Key))
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + index.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", GraphMLText.Clean(edge.Source.Id));
            xml.WriteAttributeString("target", GraphMLText.Clean(edge.Target.Id));
            GraphMLDataWriter.Write(xml, GraphMLKeys.EdgeKind, edge.Kind);
            GraphMLDataWriter.Write(xml, GraphMLKeys.EdgeEvidenceCount, edge.Evidence.Count.ToString(CultureInfo.InvariantCulture));
            if (Options.IncludeEvidence)
            {
                GraphMLDataWriter.Write(xml, GraphMLKeys.EdgeEvidence, GraphMLText.EvidenceArray(edge.Evidence));
            }

            edge.Accept(properties);
            xml.WriteEndElement();
            index++;
        }
    }
}
