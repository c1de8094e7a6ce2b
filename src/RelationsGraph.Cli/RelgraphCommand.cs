using System.CommandLine;
using RelationsGraph.Cli.Commands;
using RelationsGraph.Cli.Infrastructure;

namespace RelationsGraph.Cli;

/// <summary>The <c>relgraph</c> command line: its commands, and how failures become one line and an exit code.</summary>
internal static class RelgraphCommand
{
    /// <summary>Parses <paramref name="args"/> and runs the command, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <returns>0 on success, 1 for bad input, 2 for a usage error, 70 for an internal error.</returns>
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
        catch (Exception e)
        {
            return Report(e, parse.GetValue(verbose), error);
        }
    }

    /// <summary>
    /// Writes the one line a failure prints (and with <c>--verbose</c> the whole exception) and returns its exit code:
    /// bad input for an unreadable or invalid file or value, an internal error for anything else, which is a defect
    /// of relgraph and says so. A failure inside a parallel batch arrives wrapped in an <see cref="AggregateException"/>;
    /// its one cause is reported.
    /// </summary>
    internal static int Report(Exception e, bool verbose, TextWriter error)
    {
        var cause = e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e;
        var input = cause is CliException or IOException or InvalidDataException or UnauthorizedAccessException or FormatException or ArgumentException
            or InvalidOperationException;
        var exitCode = cause is CliException cli ? cli.ExitCode : input ? ExitCodes.BadInput : ExitCodes.InternalError;
        var message = input ? OneLine(cause.Message) : $"internal error ({cause.GetType().Name}): {OneLine(cause.Message)}; please report it, with the output of --verbose";
        error.Write($"relgraph: {message}\n");
        if (verbose)
        {
            error.Write(e.ToString().ReplaceLineEndings("\n") + "\n");
        }

        return exitCode;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
