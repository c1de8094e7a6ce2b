using RelationsGraph.Cli;

namespace RelationsGraph.Cli.Tests.Support;

/// <summary>Runs <c>relgraph</c> in-process, capturing what it prints.</summary>
internal static class Relgraph
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = await RelgraphCommand.RunAsync(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run printed, and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
