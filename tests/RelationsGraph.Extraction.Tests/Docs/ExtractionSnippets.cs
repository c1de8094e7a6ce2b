using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Queries;
using RelationsGraph.Serialization;
using RelationsGraph.Testing;

namespace RelationsGraph.Extraction.Tests.Docs;

/// <summary>The extraction code shown in docs/getting-started.md, compiled and run on the team's fixtures.</summary>
public class ExtractionSnippets
{
    [Fact]
    public void GettingStartedExtraction_Runs()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "RelationsGraph.Extraction.Tests", "Fixtures", "Articles");

        // begin-snippet: getting-started-extraction
        var extractor = new GraphExtractor();                      // the bundled knowledge base and rules
        var graph = extractor.ExtractAll(
            Directory.GetFiles(folder, "*.txt").Select(ArticleSource.FromFile),
            maxDegreeOfParallelism: Environment.ProcessorCount);   // same bytes out for any degree and order

        foreach (var citation in new CitationQuery().Run(graph))
        {
            Console.WriteLine($"{citation.Citing.Name} cites {citation.Foundation.Name}");
        }
        // end-snippet

        Assert.Contains(new CitationQuery().Run(graph), c => c.Foundation.Id == "doc:china-japan-joint-communique-1972" && c.Citing is Event);
        Assert.NotEmpty(GraphJsonWriter.ToJson(graph));
    }
}
