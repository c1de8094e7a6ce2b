using System.Diagnostics;
using RelationsGraph.Export;
using RelationsGraph.Export.Dot;
using RelationsGraph.Export.GraphML;
using RelationsGraph.Export.Mermaid;
using RelationsGraph.Queries;
using RelationsGraph.Serialization;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Scale;

/// <summary>
/// A graph of 100,000 nodes and 500,000 edges is built, queried and exported. Nothing here asserts a time (machines
/// differ); the times go to the test output, and a quadratic step would make the test run for hours, not seconds.
/// </summary>
[Trait("Category", "Scale")]
public sealed class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void LargeGraph_BuildsAnswersCitationsAndExports()
    {
        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Create(nodes: 100_000, edges: 500_000);
        Report("build", clock);
        Assert.Equal(100_000, graph.NodeCount);
        Assert.Equal(500_000, graph.EdgeCount);

        var citations = new CitationQuery().Run(graph);
        Report("citations", clock);
        var documents = graph.NodesOf<Document>().Count();
        var events = graph.NodesOf<Event>().Count();
        // Every document but a chain's first reaches that first, foundational document; every event cites one document.
        Assert.Equal((documents / SyntheticGraph.ChainLength * (SyntheticGraph.ChainLength - 1)) + events, citations.Count);
        Assert.All(citations, c => Assert.Equal(c.Foundation, c.Path[^1].Target));

        var path = new PathQuery().Run(graph, "leader:000001", "doc:000000");
        Report("path", clock);
        var neighbourhood = new NeighbourhoodQuery { Options = new() { Depth = 2 } }.Run(graph, "leader:000001");
        Report("neighbourhood", clock);
        var meetings = new MeetingsQuery().Run(graph);
        Report("meetings", clock);
        var timeline = new TimelineQuery().Run(graph);
        var anniversaries = new AnniversaryQuery().Run(graph);
        Report("timeline, anniversaries", clock);
        var lookup = new EntityLookup(graph).Resolve("Leader 1");
        Report("lookup", clock);
        Assert.NotNull(path);
        Assert.NotEmpty(neighbourhood.Graph.Nodes);
        Assert.NotEmpty(meetings);
        Assert.Equal(documents + events, timeline.Count);
        Assert.NotEmpty(anniversaries);
        Assert.Equal("leader:000001", lookup.Node?.Id);

        var dot = new CountingWriter();
        new DotExporter(new DotOptions { Clusters = DotClusters.Country }).Export(graph, dot);
        Report("DOT", clock);
        Assert.True(dot.Lines >= 600_000);

        GraphJsonWriter.Write(graph, Stream.Null);
        Report("JSON", clock);

        new GraphMLExporter().Export(graph, TextWriter.Null);
        new MermaidExporter().Export(graph, TextWriter.Null);
        Report("GraphML and Mermaid", clock);
    }

    private void Report(string step, Stopwatch clock)
    {
        output.WriteLine($"{step}: {clock.Elapsed.TotalSeconds:0.00} s");
        clock.Restart();
    }

    private sealed class CountingWriter : TextWriter
    {
        public long Lines { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                Lines++;
            }
        }

        public override void Write(string? value) => Lines += value?.Count(c => c == '\n') ?? 0;
    }
}
