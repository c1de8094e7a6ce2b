using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Reads the graph JSON format (see docs/formats.md) into a <see cref="KnowledgeGraph"/>, through the
/// readers generated for each kind. A file that breaks the format, the ontology or the limits is refused
/// whole with a <see cref="GraphFormatException"/>: nothing is half-loaded.
/// </summary>
public sealed class GraphJsonReader
{
    /// <summary>The <c>format</c> value every graph file carries.</summary>
    public const string FormatName = "relationsgraph";

    /// <summary>The format version this reader understands.</summary>
    public const int Version = 1;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 8, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>A reader for the kinds of <paramref name="ontology"/> (the built-in ones by default).</summary>
    public GraphJsonReader(Ontology? ontology = null) => Ontology = ontology ?? Ontology.BuiltIn;

    /// <summary>The kinds the reader accepts.</summary>
    public Ontology Ontology { get; }

    /// <summary>The longest string value accepted, in UTF-8 bytes (1 MiB by default).</summary>
    public int MaxStringBytes { get; init; } = 1 << 20;

    /// <summary>Reads the graph file at <paramref name="path"/>.</summary>
    /// <exception cref="GraphFormatException">The file is not a valid graph; the message names the line, column and JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public KnowledgeGraph ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a graph from UTF-8 JSON.</summary>
    /// <param name="utf8">The JSON.</param>
    /// <param name="file">The file name to put in error messages, if any.</param>
    /// <exception cref="GraphFormatException">The JSON is not a valid graph.</exception>
    public KnowledgeGraph Read(ReadOnlyMemory<byte> utf8, string? file = null)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8.Span.StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }

        try
        {
            return Read(utf8, file, edgesInOnePass: true);
        }
        catch (GraphFormatException)
        {
            // The one-pass read reports the first problem in the order it reads; a refused file is read again in
            // the documented order (the whole document checked as JSON, the graph object, then the edges), so that
            // the error is the one that order finds.
            Read(utf8, file, edgesInOnePass: false);
            throw;
        }
    }

    /// <summary>
    /// Reads the graph. With <paramref name="edgesInOnePass"/>, an <c>edges</c> array that follows the <c>nodes</c> (as
    /// the writer writes them) is read where it stands; otherwise it is skipped, and read once the graph object has been
    /// read to its end, which tokenizes the edges, most of the document, twice.
    /// </summary>
    private KnowledgeGraph Read(ReadOnlyMemory<byte> utf8, string? file, bool edgesInOnePass)
    {
        var graph = new KnowledgeGraph(Ontology);
        var context = new GraphJsonReadContext(utf8, file, MaxStringBytes, graph);
        var reader = new Utf8JsonReader(utf8.Span, ReaderOptions);
        context.Read(ref reader);
        context.Expect(ref reader, JsonTokenType.StartObject, "the graph object");

        bool sawFormat = false, sawVersion = false, sawNodes = false;
        var hasEdges = false;
        var edgesReader = default(Utf8JsonReader);
        while (context.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("format"u8))
            {
                var format = context.ReadString(ref reader);
                if (format != FormatName)
                {
                    throw context.Error($"'format' must be \"{FormatName}\", not \"{format}\"", reader.TokenStartIndex);
                }

                sawFormat = true;
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                var version = context.ReadInt32(ref reader);
                if (version != Version)
                {
                    throw context.Error($"version {version} is not supported; this reader reads version {Version}", reader.TokenStartIndex);
                }

                sawVersion = true;
            }
            else if (reader.ValueTextEquals("nodes"u8))
            {
                context.Read(ref reader);
                context.Expect(ref reader, JsonTokenType.StartArray, "the array of nodes");
                ReadItems(ref reader, context, new NodeItems(GraphJsonKinds<NodeKindDescriptor>.Of(Ontology.NodeKinds, k => k.Name), graph));
                sawNodes = true;
            }
            else if (reader.ValueTextEquals("edges"u8))
            {
                context.Read(ref reader);
                context.Expect(ref reader, JsonTokenType.StartArray, "the array of edges");
                if (edgesInOnePass && sawNodes)
                {
                    ReadEdges(ref reader, context, graph);
                }
                else
                {
                    // Edges name nodes by id, so they are read once every node is known.
                    edgesReader = reader;
                    hasEdges = true;
                    context.Skip(ref reader);
                }
            }
            else
            {
                context.UnknownProperty(ref reader);
            }
        }

        if (context.TryReadTrailing(ref reader))
        {
            throw context.Error("unexpected content after the graph object", reader.TokenStartIndex);
        }

        if (!sawFormat || !sawVersion)
        {
            throw context.Error($"the graph object has no '{(sawFormat ? "version" : "format")}'", 0);
        }

        if (hasEdges)
        {
            ReadEdges(ref edgesReader, context, graph);
        }

        return graph;
    }

    /// <summary>Reads the edges array whose start the reader stands on into <paramref name="graph"/>, which holds every node.</summary>
    private void ReadEdges(ref Utf8JsonReader reader, GraphJsonReadContext context, KnowledgeGraph graph) =>
        ReadItems(ref reader, context, new EdgeItems(GraphJsonKinds<EdgeKindDescriptor>.Of(Ontology.EdgeKinds, k => k.Name), graph));

    /// <summary>
    /// Reads the items of the array whose start the reader stands on: for each, its JSON path, its <c>kind</c> (looked
    /// up ahead) and the kind's own reader; <paramref name="items"/> looks the kind up and adds the item to the graph.
    /// </summary>
    /// <remarks>A struct <typeparamref name="TItems"/> gets a loop compiled for it: no allocation and no virtual call per item.</remarks>
    private static void ReadItems<TItems>(ref Utf8JsonReader reader, GraphJsonReadContext context, TItems items)
        where TItems : struct, IGraphItems
    {
        for (var index = 0; ; index++)
        {
            context.Item = (items.ArrayName, index);
            context.Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                context.Item = null;
                return;
            }

            context.Expect(ref reader, JsonTokenType.StartObject, items.ObjectDescription);
            var start = reader.TokenStartIndex;
            var lookahead = reader;
            FindKind(ref lookahead, context);
            if (!items.TryAdd(ref lookahead, ref reader, context, start))
            {
                throw context.Error($"unknown {items.ItemName} kind '{lookahead.GetString()}'", lookahead.TokenStartIndex);
            }
        }
    }

    /// <summary>Moves <paramref name="lookahead"/>, a copy of the reader, to the value of the object's <c>kind</c>.</summary>
    private static void FindKind(ref Utf8JsonReader lookahead, GraphJsonReadContext context)
    {
        var start = lookahead.TokenStartIndex;
        while (context.NextProperty(ref lookahead))
        {
            if (lookahead.ValueTextEquals("kind"u8))
            {
                context.Read(ref lookahead);
                context.Expect(ref lookahead, JsonTokenType.String, "the kind's name");
                return;
            }

            context.Read(ref lookahead);
            context.Skip(ref lookahead);
        }

        throw context.Error("the object has no 'kind'", start);
    }

    /// <summary>One of the graph object's arrays of items (nodes or edges), as <see cref="ReadItems"/> reads it.</summary>
    private interface IGraphItems
    {
        /// <summary>The array's property name (<c>nodes</c>), for the JSON path.</summary>
        string ArrayName { get; }

        /// <summary>What an item is (<c>node</c>), for the error about an unknown kind.</summary>
        string ItemName { get; }

        /// <summary>What an item must be (<c>a node object</c>), for the error about another JSON value.</summary>
        string ObjectDescription { get; }

        /// <summary>
        /// Reads the object the reader stands on as an item of the kind whose name <paramref name="kindName"/> stands on,
        /// which starts at <paramref name="start"/>, and adds it to the graph; false, having read nothing, when the
        /// ontology has no such kind.
        /// </summary>
        bool TryAdd(ref Utf8JsonReader kindName, ref Utf8JsonReader reader, GraphJsonReadContext context, long start);
    }

    /// <summary>The <c>nodes</c> array: each node's id must carry its kind's prefix and be the only one of its kind.</summary>
    private readonly struct NodeItems(GraphJsonKinds<NodeKindDescriptor> kinds, KnowledgeGraph graph) : IGraphItems
    {
        public string ArrayName => "nodes";

        public string ItemName => "node";

        public string ObjectDescription => "a node object";

        public bool TryAdd(ref Utf8JsonReader kindName, ref Utf8JsonReader reader, GraphJsonReadContext context, long start)
        {
            if (kinds.Find(ref kindName) is not { } kind)
            {
                return false;
            }

            var node = kind.Read(ref reader, context);
            if (!HasPrefix(node.Id, kind.IdPrefix))
            {
                throw context.Error($"the id '{node.Id}' of a {kind.Name} must start with '{kind.IdPrefix}:'", start);
            }

            // The node was built here and nothing else refers to it: the graph takes it as its own instance, which the
            // edges then find as their ends.
            var own = graph.TryAdoptNewNode(node) ?? throw context.Error($"the id '{node.Id}' is used by two nodes", start);
            context.IndexNode(own);
            return true;
        }
    }

    /// <summary>The <c>edges</c> array, read once every node is known: each edge must appear once.</summary>
    private readonly struct EdgeItems(GraphJsonKinds<EdgeKindDescriptor> kinds, KnowledgeGraph graph) : IGraphItems
    {
        public string ArrayName => "edges";

        public string ItemName => "edge";

        public string ObjectDescription => "an edge object";

        public bool TryAdd(ref Utf8JsonReader kindName, ref Utf8JsonReader reader, GraphJsonReadContext context, long start)
        {
            if (kinds.Find(ref kindName) is not { } kind)
            {
                return false;
            }

            // The edge's ends are the graph's own nodes (the context resolves them), so adding it looks nothing up by id.
            var edge = kind.Read(ref reader, context);
            if (!graph.TryAddNewEdge(edge))
            {
                throw context.Error($"the edge {edge.Key} appears twice", start);
            }

            return true;
        }
    }

    /// <summary>True when the part of <paramref name="id"/> before its first colon (all of it when it has none) is <paramref name="prefix"/>.</summary>
    private static bool HasPrefix(string id, string prefix)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? id.AsSpan(0, 0) : id.AsSpan(0, colon)).SequenceEqual(prefix);
    }
}
