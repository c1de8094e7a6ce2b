using RelationsGraph.Export;
using RelationsGraph.Export.Dot;
using RelationsGraph.Queries;
using RelationsGraph.Serialization;

namespace RelationsGraph.Tests.Docs;

/// <summary>
/// The code shown in README.md and docs/, compiled and run here. Each region between
/// <c>begin-snippet</c> and <c>end-snippet</c> must match the block after the same-named
/// <c>&lt;!-- snippet: name --&gt;</c> marker in the docs (see <see cref="DocumentationSnippetTests"/>).
/// </summary>
public class DocumentationSnippets
{
    [Fact]
    public void ReadmeUsage_Runs()
    {
        // begin-snippet: readme-usage
        var graph = new KnowledgeGraph();
        var kb = Evidence.FromReference("relationsgraph-kb");

        var communique = new Document
        {
            Id = "doc:china-japan-joint-communique-1972",
            Name = "Joint Communique of the Government of Japan and the Government of the People's Republic of China",
            Aliases = ["China-Japan Joint Statement"],
            DocumentKind = DocumentKind.JointCommunique,
            Date = new PartialDate(1972, 9, 29),
            Foundational = true,
        };
        var treaty = new Treaty
        {
            Id = "treaty:china-japan-treaty-of-peace-and-friendship",
            Name = "Treaty of Peace and Friendship between Japan and the People's Republic of China",
            SignedOn = new PartialDate(1978, 8, 12),
            Foundational = true,
        };

        graph.AddCites(treaty, communique, kb, verb: "recalls");    // typed: a Country cannot cite anything

        foreach (var citation in communique.CitedBy(graph))
        {
            Console.WriteLine($"{citation.Source.Name} cites {citation.Target.Name}");
        }

        var json = GraphJsonWriter.ToJson(graph);                  // the documented JSON contract
        // end-snippet

        Assert.Contains("\"kind\": \"Cites\"", json, StringComparison.Ordinal);
        Assert.Single(communique.CitedBy(graph));
    }

    [Fact]
    public void QueriesUsage_Runs()
    {
        var graph = Support.ReferenceGraphs.ChinaJapan();

        // begin-snippet: queries-usage
        foreach (var citation in new CitationQuery().Run(graph))
        {
            var path = string.Join(" -> ", citation.Path.Select(c => c.Source.Id).Append(citation.Foundation.Id));
            Console.WriteLine($"{citation.Citing.Name} cites {citation.Foundation.Name}: {path}");
        }

        foreach (var meeting in new MeetingsQuery().Run(graph))
        {
            var where = string.Join(", ", meeting.Places.Select(p => p.Name));
            var sidelines = string.Join(", ", meeting.ParentEvents.Select(e => e.Name));
            Console.WriteLine($"{meeting.First.Name} met {meeting.Second.Name} on {meeting.Date} in {where} ({sidelines})");
        }

        var kishida = new EntityLookup(graph).Resolve("Kishida").Node!;
        var chain = new PathQuery().Run(graph, kishida.Id, "doc:china-japan-joint-communique-1972");
        // end-snippet

        Assert.NotNull(chain);
    }

    [Fact]
    public void ExportUsage_Runs()
    {
        var graph = Support.ReferenceGraphs.ChinaJapan();

        // begin-snippet: export-usage
        var dot = new DotExporter(new DotOptions { Title = "China-Japan", Clusters = DotClusters.Country });
        var text = dot.ExportToString(graph);                       // deterministic, \n line ends
        // end-snippet

        RelationsGraph.Testing.GraphvizDot.AssertRenders(text);
    }
}
