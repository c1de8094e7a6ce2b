using RelationsGraph.Benchmarks.Tests.Support;

namespace RelationsGraph.Benchmarks.Tests.Program;

/// <summary>The benchmark program's commands, run as CI runs them: the built program in a child process.</summary>
public class BenchmarkProgramTests
{
    private static readonly string[] Suites =
    [
        "CitationQueryBenchmarks", "ExportBenchmarks", "ExtractionBenchmarks", "GraphBuildBenchmarks", "GraphSearchBenchmarks", "JsonReadBenchmarks", "JsonWriteBenchmarks",
    ];

    [Fact]
    public void Smoke_EveryBenchmarkMethod_RunsOnceAndAgrees()
    {
        var run = BenchmarkProgram.Run("smoke");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("smoke: every benchmark ran and agreed", run.Output, StringComparison.Ordinal);
        Assert.All(Suites, suite => Assert.Contains(suite + ".", run.Output, StringComparison.Ordinal));
        Assert.Contains("JsonWriteBenchmarks.GeneratedWriter(Size=500)", run.Output, StringComparison.Ordinal);
        Assert.Contains("ExtractionBenchmarks.Pipeline2Workers(Size=10)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Memory_SmallGraph_PrintsBytesPerNodeAndEdge()
    {
        var run = BenchmarkProgram.Run("memory", "2000");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("| 2,000 |", run.Output, StringComparison.Ordinal);
        Assert.Contains("KnowledgeGraph B/edge, no evidence", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_Count_StreamsArticlesAndPrintsStatistics()
    {
        var run = BenchmarkProgram.Run("corpus", "50");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("50 articles, ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_PrintsUsage_AndFails()
    {
        var run = BenchmarkProgram.Run("nonsense");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Error, StringComparison.Ordinal);
    }
}
