using System.Text;
using RelationsGraph.Export;
using RelationsGraph.Export.Json;
using RelationsGraph.Serialization;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Export.Json;

public sealed class JsonExporterTests
{
    [Fact]
    public void Export_ReferenceGraph_IsTheGraphJsonWritersText()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        graph.Merge(HostileGraph.Create());

        Assert.Equal(GraphJsonWriter.ToJson(graph), new JsonExporter().ExportToString(graph));
    }

    [Fact]
    public void ExportToFile_WritesUtf8WithoutByteOrderMarkAndReadsBack()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var path = Path.Combine(Path.GetTempPath(), $"relationsgraph-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            new JsonExporter().ExportToFile(graph, path);

            var bytes = File.ReadAllBytes(path);
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
            Assert.Equal(GraphJsonWriter.ToJson(graph), Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ExportToFile_ExporterFails_LeavesTheExistingFileUntouched()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relationsgraph-{Environment.ProcessId}-{Guid.NewGuid():N}.dot");
        File.WriteAllText(path, "before");
        try
        {
            Assert.Throws<InvalidOperationException>(() => new FailingExporter().ExportToFile(ReferenceGraphs.ChinaJapan(), path));

            Assert.Equal("before", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*").Concat(Directory.GetFiles(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "*")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class FailingExporter : IGraphExporter
    {
        public void Export(KnowledgeGraph graph, TextWriter writer)
        {
            writer.Write("partial");
            throw new InvalidOperationException("fails half-way");
        }
    }
}
