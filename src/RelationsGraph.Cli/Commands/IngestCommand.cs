using System.CommandLine;
using System.Globalization;
using RelationsGraph.Cli.Infrastructure;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Serialization;
using Spectre.Console;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph ingest &lt;files or folders…&gt; -o graph.json [--jobs N] [--kb extra.json]</c>.</summary>
internal static class IngestCommand
{
    /// <summary>From how many articles on a progress bar is drawn (when standard error is a terminal).</summary>
    private const int ProgressThreshold = 50;

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files (plain text), or folders of *.txt files.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The graph JSON file to write (written whole or not at all).", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many articles to read at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        var kb = new Option<string[]>("--kb") { Description = "Extra knowledge in the graph JSON format (repeatable).", AllowMultipleArgumentsPerToken = false };

        var command = new Command("ingest", "Builds one graph from many articles.") { inputs, output, jobs, kb };
        command.SetAction(parse =>
        {
            var files = ArticleFiles.Expand(parse.GetValue(inputs)!);
            var extractor = new GraphExtractor(LoadKnowledge(parse.GetValue(kb) ?? []));
            var (articles, skipped) = ReadArticles(files);
            var batch = Extract(extractor, articles, parse.GetValue(jobs), context);
            foreach (var diagnostic in batch.Diagnostics.Where(d => d.Sentence is null))
            {
                skipped.Add((diagnostic.Article, diagnostic.Message));
            }

            if (articles.Count - batch.Diagnostics.Count(d => d.Sentence is null) <= 0)
            {
                WriteSkipped(context, skipped);
                throw new CliException("no article could be read; nothing was written");
            }

            var path = parse.GetValue(output)!;
            GraphFiles.WriteText(path, GraphJsonWriter.ToJson(batch.Graph));
            WriteSummary(context, batch.Graph, articles.Count - skipped.Count(s => articles.Any(a => a.Id == s.Article)), skipped, path);
            return ExitCodes.Success;
        });
        return command;
    }

    private static KnowledgeBase LoadKnowledge(string[] extraFiles)
    {
        foreach (var file in extraFiles.Where(f => !File.Exists(f)))
        {
            throw new CliException($"{file}: no such file");
        }

        try
        {
            return extraFiles.Length == 0 ? KnowledgeBase.LoadDefault() : KnowledgeBase.Load(extraFiles);
        }
        catch (GraphFormatException e)
        {
            throw new CliException(e.Message, ExitCodes.BadInput, e);
        }
    }

    private static (List<ArticleSource> Articles, List<(string Article, string Reason)> Skipped) ReadArticles(IReadOnlyList<string> files)
    {
        var articles = new List<ArticleSource>();
        var skipped = new List<(string, string)>();
        foreach (var group in files.GroupBy(ArticleFiles.IdOf, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                skipped.Add((group.Key, $"{duplicate}: the article id '{group.Key}' is taken by {first}"));
            }

            try
            {
                articles.Add(new ArticleSource(group.Key, File.ReadAllText(first)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add((group.Key, $"{first}: cannot be read: {e.Message}"));
            }
        }

        return (articles, skipped);
    }

    private static BatchExtraction Extract(GraphExtractor extractor, List<ArticleSource> articles, int jobs, CliContext context)
    {
        if (articles.Count < ProgressThreshold || !ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            return extractor.ExtractBatch(articles, jobs);
        }

        // Graphs merge the same whatever their order, so reading in chunks gives the same bytes as one batch.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var graph = new KnowledgeGraph();
        var diagnostics = new List<Extraction.Rules.ExtractionDiagnostic>();
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask("Reading articles", maxValue: articles.Count);
            foreach (var chunk in articles.OrderBy(a => a.Id, StringComparer.Ordinal).Chunk(Math.Max(jobs * 8, 32)))
            {
                var part = extractor.ExtractBatch(chunk, jobs);
                graph.Merge(part.Graph);
                diagnostics.AddRange(part.Diagnostics);
                task.Increment(chunk.Length);
            }
        });
        var batch = new BatchExtraction(graph, diagnostics);
        return batch;
    }

    private static void WriteSummary(CliContext context, KnowledgeGraph graph, int read, List<(string Article, string Reason)> skipped, string path)
    {
        var error = context.Error;
        error.Write(string.Create(CultureInfo.InvariantCulture, $"read {read} articles, skipped {skipped.Count}; wrote {path}: {graph.NodeCount} nodes, {graph.EdgeCount} edges\n"));
        WriteSkipped(context, skipped);
        foreach (var kind in graph.Nodes.GroupBy(n => n.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            error.Write(string.Create(CultureInfo.InvariantCulture, $"  nodes {kind.Key,-14} {kind.Count(),7}\n"));
        }

        foreach (var kind in graph.Edges.GroupBy(e => e.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            error.Write(string.Create(CultureInfo.InvariantCulture, $"  edges {kind.Key,-14} {kind.Count(),7}\n"));
        }
    }

    private static void WriteSkipped(CliContext context, List<(string Article, string Reason)> skipped)
    {
        foreach (var (article, reason) in skipped.OrderBy(s => s.Article, StringComparer.Ordinal))
        {
            context.Error.Write($"  skipped {article}: {reason}\n");
        }
    }
}
