using System.Text;
using RelationsGraph.Export;
using RelationsGraph.Export.Dot;
using RelationsGraph.Extraction.Tests.Support;
using RelationsGraph.Serialization;
using RelationsGraph.Testing;

namespace RelationsGraph.Extraction.Tests.Pipeline;

public sealed class FixtureSnapshotTests
{
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public async Task Extract_Fixture_MatchesJsonSnapshot(string fixture)
    {
        var graph = Some.Extractor.Extract(fixture, Fixtures.Text(fixture));
        using var stream = new MemoryStream();
        GraphJsonWriter.Write(graph, stream);

        await Snapshot.Verify(Encoding.UTF8.GetString(stream.ToArray()), "json", parameters: fixture);
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public async Task Extract_Fixture_MatchesDotSnapshotAndRenders(string fixture)
    {
        var graph = Some.Extractor.Extract(fixture, Fixtures.Text(fixture));
        var dot = new DotExporter(new DotOptions { Title = fixture }).ExportToString(graph);

        await Snapshot.Verify(dot, "dot", parameters: fixture);
        GraphvizDot.AssertRenders(dot);
    }
}
