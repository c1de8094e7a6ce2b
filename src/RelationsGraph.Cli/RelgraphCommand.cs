using System.CommandLine;
using RelationsGraph.Cli.Commands;
using RelationsGraph.Cli.Infrastructure;

namespace RelationsGraph.Cli;

/// <summary>The <c>relgraph</c> command line: its commands, and how failures become one line and an exit code.</summary>
internal static class RelgraphCommand
{
    /// <summary>Parses <paramref name="args"/> and runs the command, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <returns>0 on success, 1 for bad input, 2 for a usage error.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var verbose = new Option<bool>("--verbose") { Description = "Show the full error, stack trace included.", Recursive = true };
        var root = new RootCommand("relgraph: a knowledge graph of diplomatic news, with evidence for every fact.")
        {
            IngestCommand.Create(context),
            QueryCommand.Create(context),
            ExportCommand.Create(context),
            RenderCommand.Create(context),
            DemoCommand.Create(context),
            ScoreCommand.Create(context),
        };
        root.Options.Add(verbose);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.Write($"relgraph: {parse.Errors[0].Message} (see 'relgraph --help')\n");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CliException or IOException or InvalidDataException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidOperationException)
        {
            var exitCode = e is CliException cli ? cli.ExitCode : ExitCodes.BadInput;
            error.Write($"relgraph: {OneLine(e.Message)}\n");
            if (parse.GetValue(verbose))
            {
                error.Write(e.ToString().ReplaceLineEndings("\n") + "\n");
            }

            return exitCode;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
