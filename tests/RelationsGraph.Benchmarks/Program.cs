using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RelationsGraph.Benchmarks.Corpus;
using RelationsGraph.Benchmarks.Harness;
using RelationsGraph.Benchmarks.Suites;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/RelationsGraph.Benchmarks -- &lt;command&gt;</c>; see <see cref="Usage"/>.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: dotnet run -c Release --project tests/RelationsGraph.Benchmarks -- <command>

          short [--report <path>] [BenchmarkDotNet arguments]
                 BenchmarkDotNet's ShortRun job on each suite's short sizes (graphs up to 100,000 nodes, exports at
                 10,000, extraction of 100 articles), then the memory figures at 100,000 nodes (about 10 minutes on
                 2 cores); writes the results section of docs/performance.md.
                 With BenchmarkDotNet arguments (--filter '*Json*', ...) only those run and no report is written.
          full  [--report <path>] [BenchmarkDotNet arguments]
                 BenchmarkDotNet's default job on every size (up to 1,000,000 nodes; over an hour on 2 cores),
                 then the memory figures at 100,000 and 1,000,000 nodes; writes docs/performance.md.
          memory [size ...]
                 Bytes per node and per edge of whole graphs, with and without evidence (default 100000 nodes).
          smoke [size]
                 Every benchmark method once, in process, at a tiny size (default 500 nodes; 10 articles for the
                 extraction suite), without timing; exit code 1 when one fails or a suite's methods disagree.
                 CI runs this through the smoke tests.
          corpus <count> [folder]
                 Streams <count> synthetic articles: writes them to <folder> as <id>.txt, or prints statistics.
        """;

    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 ? args[0] : "";
        var rest = args.Skip(1).ToList();
        switch (command)
        {
            case "short":
                return Measure("short", BenchmarkConfigs.Short(), [Sizes.Medium], rest);
            case "full":
                return Measure("full", BenchmarkConfigs.Full(), [Sizes.Medium, Sizes.Large], rest);
            case "memory":
                var sizes = rest.Count > 0 ? rest.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() : [Sizes.Medium];
                foreach (var line in MemoryProbe.ToMarkdown(sizes.Select(MemoryProbe.Measure).ToList()))
                {
                    Console.WriteLine(line);
                }

                return 0;
            case "smoke":
                return SmokeRunner.Run(Console.Out, rest.Count > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : Sizes.Smoke);
            case "corpus" when rest.Count > 0:
                return WriteCorpus(int.Parse(rest[0], CultureInfo.InvariantCulture), rest.Count > 1 ? rest[1] : null);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static int Measure(string mode, IConfig config, int[] memorySizes, List<string> rest)
    {
        var reportAt = rest.IndexOf("--report");
        var report = Path.Combine(RepositoryRoot.Find(), "docs", "performance.md");
        if (reportAt >= 0 && reportAt + 1 < rest.Count)
        {
            report = Path.GetFullPath(rest[reportAt + 1]);
            rest.RemoveRange(reportAt, 2);
        }

        Summary[] summaries = rest.Count == 0
            ? BenchmarkRunner.Run([.. SuiteCatalog.Types], config)
            : BenchmarkSwitcher.FromTypes([.. SuiteCatalog.Types]).Run([.. rest], config).ToArray();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        if (rest.Count > 0 || summaries.Length != 1)
        {
            Console.WriteLine("A narrowed run: docs/performance.md is left as it is.");
            return failed ? 1 : 0;
        }

        var memory = memorySizes.Select(MemoryProbe.Measure).ToList();
        foreach (var line in MemoryProbe.ToMarkdown(memory))
        {
            Console.WriteLine(line);
        }

        PerformanceReport.Write(report, mode, summaries[0], memory);
        Console.WriteLine($"Wrote {report}");
        return failed ? 1 : 0;
    }

    private static int WriteCorpus(int count, string? folder)
    {
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        long words = 0, noisy = 0, articles = 0;
        foreach (var article in SyntheticCorpus.Articles(count))
        {
            if (folder is not null)
            {
                File.WriteAllText(Path.Combine(folder, article.Id + ".txt"), article.Text);
            }

            articles++;
            words += article.StoryWords;
            noisy += article.HasNoise ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles:N0} articles, {words:N0} story words ({(articles == 0 ? 0 : words / articles):N0} per article), {noisy:N0} with scraped noise"));
        return 0;
    }
}
