using System.CommandLine;
using RelationsGraph.Cli.Infrastructure;
using RelationsGraph.Extraction.Scoring;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph score &lt;folder&gt;</c>: extracts every article of a folder and scores it against its gold file.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of *.txt articles, each with a *.gold.json beside it." };
        var details = new Option<bool>("--details") { Description = "List the missed and spurious entities and relations of each article." };
        var command = new Command("score", "Scores the extractor against hand-written gold files: precision, recall and F1 per article and overall.") { folder, details };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                throw new CliException($"{path}: no such folder");
            }

            var report = Scorer.ScoreFolder(path);
            if (report.Articles.Count == 0)
            {
                throw new CliException($"{path}: no *.txt article with a *.gold.json beside it");
            }

            context.Out.Write(ScoreReport.Format(report, parse.GetValue(details)).ReplaceLineEndings("\n"));
            return ExitCodes.Success;
        });
        return command;
    }
}
