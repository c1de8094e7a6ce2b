using System.Text;
using RelationsGraph.Serialization;

namespace RelationsGraph.Tests.Serialization;

/// <summary>Every way a graph file can be wrong is refused whole, naming the line, the column (1-based, in UTF-8 bytes) and the JSON path.</summary>
public sealed class GraphJsonReaderErrorTests
{
    [Fact]
    public void Read_UnknownVersion_IsRefusedAtTheVersion() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 2,
          "nodes": []
        }
        """,
        line: 3, column: 14, path: "$.version", reason: "version 2 is not supported");

    [Fact]
    public void Read_UnknownFormat_IsRefusedAtTheFormat() => AssertRefused(
        """
        {
          "format": "graphml",
          "version": 1
        }
        """,
        line: 2, column: 13, path: "$.format", reason: "'format' must be \"relationsgraph\"");

    [Fact]
    public void Read_MissingVersion_IsRefused() => AssertRefused(
        """
        {
          "format": "relationsgraph"
        }
        """,
        line: 1, column: 1, path: "$", reason: "has no 'version'");

    [Fact]
    public void Read_UnknownNodeKind_IsRefusedAtTheKind() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "person:x", "kind": "Person", "name": "X" }
          ]
        }
        """,
        line: 5, column: 33, path: "$.nodes[0].kind", reason: "unknown node kind 'Person'");

    [Fact]
    public void Read_UnknownEdgeKind_IsRefusedAtTheKind() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "country:cn", "kind": "Country", "name": "China" }
          ],
          "edges": [
            { "kind": "Likes", "from": "country:cn", "to": "country:cn" }
          ]
        }
        """,
        line: 8, column: 15, path: "$.edges[0].kind", reason: "unknown edge kind 'Likes'");

    [Fact]
    public void Read_EdgeFromTheWrongKindOfNode_IsRefusedAtTheEnd() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "country:cn", "kind": "Country", "name": "China" }
          ],
          "edges": [
            { "kind": "LeaderOf", "from": "country:cn", "to": "country:cn" }
          ]
        }
        """,
        line: 8, column: 35, path: "$.edges[0].from", reason: "the edge's 'from' is country:cn (a Country), but this kind of edge takes Leader");

    [Fact]
    public void Read_EdgeToAMissingNode_IsRefusedAtTheEnd() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "leader:xi-jinping", "kind": "Leader", "name": "Xi Jinping" }
          ],
          "edges": [
            { "kind": "LeaderOf", "from": "leader:xi-jinping", "to": "country:jp" }
          ]
        }
        """,
        line: 8, column: 62, path: "$.edges[0].to", reason: "the edge enters 'country:jp', which is not a node of the graph");

    [Fact]
    public void Read_BadEdgeAndBrokenJsonAfterIt_IsRefusedWhereTheJsonBreaks() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [],
          "edges": [
            { "kind": "LeaderOf", "from": "leader:xi-jinping", "to": "country:jp" }
          ]
          "x": 1
        }
        """,
        line: 8, column: 3, path: "$.edges", reason: "the file is not valid JSON");

    [Fact]
    public void Read_DuplicateNodeId_IsRefusedAtTheSecondNode() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "country:cn", "kind": "Country", "name": "China" },
            { "id": "country:cn", "kind": "Country", "name": "PRC" }
          ]
        }
        """,
        line: 6, column: 5, path: "$.nodes[1]", reason: "the id 'country:cn' is used by two nodes");

    [Fact]
    public void Read_NodeIdOfAnotherKind_IsRefusedAtTheNode() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "country:xi", "kind": "Leader", "name": "Xi" }
          ]
        }
        """,
        line: 5, column: 5, path: "$.nodes[0]", reason: "must start with 'leader:'");

    [Fact]
    public void Read_DuplicateEdge_IsRefusedAtTheSecondEdge() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "country:cn", "kind": "Country", "name": "China" },
            { "id": "leader:xi-jinping", "kind": "Leader", "name": "Xi Jinping" }
          ],
          "edges": [
            { "kind": "LeaderOf", "from": "leader:xi-jinping", "to": "country:cn", "evidence": [] },
            { "kind": "LeaderOf", "from": "leader:xi-jinping", "to": "country:cn", "evidence": [] }
          ]
        }
        """,
        line: 10, column: 5, path: "$.edges[1]", reason: "appears twice");

    [Fact]
    public void Read_DeepNesting_IsRefusedWhereTheLimitIsCrossed() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "x": [[[[[[[[[1]]]]]]]]], "kind": "Country", "id": "country:cn", "name": "China" }
          ]
        }
        """,
        line: 5, column: 17, path: "$.nodes[0].x", reason: "maximum configured depth of 8");

    [Fact]
    public void Read_DeepNestingInTheEdges_IsRefused() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "edges": [[[[[[[[[[1]]]]]]]]]]
        }
        """,
        line: 4, column: 19, path: "$.edges", reason: "maximum configured depth of 8");

    [Fact]
    public void Read_StringOverTheLimit_IsRefusedAtTheString() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "doc:c", "kind": "Document", "name": "Joint Communiqué of the Government of Japan" }
          ]
        }
        """,
        line: 5, column: 50, path: "$.nodes[0].name", reason: "a string of 44 bytes is longer than the limit of 16", maxStringBytes: 16);

    [Fact]
    public void Read_FileCutInsideAString_IsRefusedAtTheEnd() => AssertRefused(
        "{\n  \"format\": \"relationsgraph\",\n  \"version\": 1,\n  \"nodes\": [\n    { \"id\": \"country:cn\", \"kind\": \"Coun",
        line: 5, column: 40, path: "$.nodes[0].kind", reason: "the file is not valid JSON");

    [Fact]
    public void Read_FileCutBetweenValues_IsRefusedAtTheEnd() => AssertRefused(
        "{\n  \"format\": \"relationsgraph\",\n  \"version\": 1,\n  \"nodes\": [\n    { \"id\": \"country:cn\", \"kind\": \"Country\", \"name\": \"China\" },\n",
        line: 6, column: 1, path: "$.nodes[1]", reason: "the file is not valid JSON");

    [Fact]
    public void Read_FileCutInsideTheEdges_IsRefusedAtTheEnd() => AssertRefused(
        "{\n  \"format\": \"relationsgraph\",\n  \"version\": 1,\n  \"nodes\": [],\n  \"edges\": [\n    { \"kind\": \"LeaderOf\", \"fr",
        line: 6, column: 30, path: "$.edges", reason: "the file is not valid JSON");

    [Fact]
    public void Read_MissingComma_IsRefusedWhereTheJsonBreaks() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1
          "nodes": []
        }
        """,
        line: 4, column: 3, path: "$.version", reason: "the file is not valid JSON");

    [Fact]
    public void Read_ContentAfterTheGraph_IsRefused() => AssertRefused(
        "{\n  \"format\": \"relationsgraph\",\n  \"version\": 1\n}\n{}",
        line: 5, column: 1, path: "$", reason: "the file is not valid JSON");

    [Fact]
    public void Read_EvidenceThatIsNotAnObject_IsRefusedAtTheItem() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "leader:xi-jinping", "kind": "Leader", "name": "Xi Jinping" },
            { "id": "country:cn", "kind": "Country", "name": "China" }
          ],
          "edges": [
            { "kind": "LeaderOf", "from": "leader:xi-jinping", "to": "country:cn", "evidence": ["a"] }
          ]
        }
        """,
        line: 9, column: 89, path: "$.edges[0].evidence", reason: "expected an evidence object, found a string");

    [Fact]
    public void Read_EvidenceWithNeitherArticleNorReference_IsRefusedAtTheEvidenceObject() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "leader:xi-jinping", "kind": "Leader", "name": "Xi Jinping" },
            { "id": "country:cn", "kind": "Country", "name": "China" }
          ],
          "edges": [
            { "kind": "LeaderOf", "from": "leader:xi-jinping", "to": "country:cn", "evidence": [{ "sentence": 0 }] }
          ]
        }
        """,
        line: 9, column: 89, path: "$.edges[0]", reason: "invalid evidence: it has neither 'reference' nor 'article'");

    [Fact]
    public void Read_UnknownEvidenceProperty_IsRefusedAtThePropertyName() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "leader:xi-jinping", "kind": "Leader", "name": "Xi Jinping" },
            { "id": "country:cn", "kind": "Country", "name": "China" }
          ],
          "edges": [
            { "kind": "LeaderOf", "from": "leader:xi-jinping", "to": "country:cn", "evidence": [{ "article": "a", "page": 3 }] }
          ]
        }
        """,
        line: 9, column: 107, path: "$.edges[0].page", reason: "unknown property 'page'");

    [Fact]
    public void Read_UnknownProperty_IsRefusedAtThePropertyName() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "nodes": [
            { "id": "country:cn", "kind": "Country", "name": "China", "population": 1 }
          ]
        }
        """,
        line: 5, column: 63, path: "$.nodes[0].population", reason: "unknown property 'population'");

    [Fact]
    public void Read_UnknownTopLevelProperty_IsRefused() => AssertRefused(
        """
        {
          "format": "relationsgraph",
          "version": 1,
          "meta": {}
        }
        """,
        line: 4, column: 3, path: "$.meta", reason: "unknown property 'meta'");

    [Fact]
    public void ReadFile_Refused_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relationsgraph-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"format\": \"relationsgraph\",\n  \"version\": 7\n}\n");
        try
        {
            var error = Assert.Throws<GraphFormatException>(() => new GraphJsonReader().ReadFile(path));

            Assert.Equal(path, error.File);
            Assert.StartsWith($"{path}(3,14): ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertRefused(string json, int line, int column, string path, string reason, int maxStringBytes = 1 << 20)
    {
        var reader = new GraphJsonReader { MaxStringBytes = maxStringBytes };

        var error = Assert.Throws<GraphFormatException>(() => reader.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal((line, column, path), (error.Line, error.Column, error.Path));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"<graph>({line},{column}): ", error.Message, StringComparison.Ordinal);
    }
}
