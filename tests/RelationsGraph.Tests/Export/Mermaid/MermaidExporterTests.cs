using RelationsGraph.Export;
using RelationsGraph.Export.Mermaid;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Export.Mermaid;

public sealed class MermaidExporterTests
{
    [Fact]
    public async Task Export_ReferenceGraph_MatchesSnapshot() =>
        await Snapshot.Verify(new MermaidExporter(new MermaidOptions { Title = "China–Japan, 16 November 2023" }).ExportToString(ReferenceGraphs.ChinaJapan()), "mmd");

    [Fact]
    public async Task Export_HostileLabels_MatchesSnapshot() =>
        await Snapshot.Verify(new MermaidExporter(new MermaidOptions { Title = "a \"title\": #1\nsecond line", Direction = LayoutDirection.TopToBottom }).ExportToString(HostileGraph.Create()), "mmd");

    [Fact]
    public void Export_HostileLabels_AreQuotedWithEntityCodes()
    {
        var lines = new MermaidExporter().ExportToString(HostileGraph.Create()).Split('\n');

        Assert.Contains("    n9[\"She said #quot;no#quot;\"]", lines);
        Assert.Contains("    n7[\"#lt;b#gt;bold#lt;/b#gt; #amp; #lt;i#gt;x#lt;/i#gt; #amp;amp; #amp;#35;38; a#124;b {c}\"]", lines);
        Assert.Contains("    n6[\"first line<br/>second line<br/>third line\"]", lines);
        Assert.Contains("    n5[\"#35;quot; #35;35; #96;code#96; %% comment; end\"]", lines);
        Assert.Contains("    n11[\"中日和平友好条约 · 日中平和友好条約\"]", lines);
        Assert.Contains("    n1{{\"Meeting #quot;E#quot;\"}}", lines);
    }

    [Fact]
    public void Export_NodeIds_AreNumberedInIdOrder()
    {
        var graph = HostileGraph.Create();
        var lines = new MermaidExporter().ExportToString(graph).Split('\n');

        var ids = graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal("doc:1978", ids[0]);
        Assert.Contains("    n0[\"1978\"]", lines);
        Assert.All(lines.Skip(1).Where(l => l.Length > 0), l => Assert.DoesNotContain(":", l.Split('"')[0].Replace("classDef", "", StringComparison.Ordinal).Replace("stroke:", "", StringComparison.Ordinal).Replace("fill:", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void Export_Kinds_GetAClassFromTheirDotColours()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var text = new MermaidExporter().ExportToString(graph);

        foreach (var kind in graph.Ontology.NodeKinds)
        {
            var fill = kind.Dot.Single(d => d.Key == "fillcolor").Value;
            var stroke = kind.Dot.Single(d => d.Key == "color").Value;
            Assert.Contains($"    classDef {kind.Name} fill:{fill},stroke:{stroke}\n", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Leader", "Leader")]
    [InlineData("end", "kind_end")]
    [InlineData("Default", "kind_Default")]
    [InlineData("Sanction-Regime", "Sanction_Regime")]
    [InlineData("3D", "kind_3D")]
    public void ClassName_KindName_IsASafeIdentifier(string kind, string expected) =>
        Assert.Equal(expected, MermaidText.ClassName(kind));

    [Fact]
    public void Export_Output_UsesLineFeedsOnly() =>
        Assert.DoesNotContain('\r', new MermaidExporter().ExportToString(HostileGraph.Create()));
}
