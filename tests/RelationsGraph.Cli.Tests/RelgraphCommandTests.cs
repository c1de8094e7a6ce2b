using RelationsGraph.Cli;
using RelationsGraph.Cli.Infrastructure;

namespace RelationsGraph.Cli.Tests;

public sealed class RelgraphCommandTests
{
    [Fact]
    public void Report_DefectInsideAParallelBatch_IsOneLineNamingAnInternalError()
    {
        using var error = new StringWriter { NewLine = "\n" };
        var failure = new AggregateException(new KeyNotFoundException("The given key 'leader:x' was not present in the dictionary."));

        var exitCode = RelgraphCommand.Report(failure, verbose: false, error);

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.Equal(
            "relgraph: internal error (KeyNotFoundException): The given key 'leader:x' was not present in the dictionary.; please report it, with the output of --verbose\n",
            error.ToString());
    }

    [Fact]
    public void Report_BadInputInsideAParallelBatch_IsItsOwnMessage()
    {
        using var error = new StringWriter { NewLine = "\n" };

        var exitCode = RelgraphCommand.Report(new AggregateException(new IOException("a.txt: the file is locked")), verbose: false, error);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal("relgraph: a.txt: the file is locked\n", error.ToString());
    }

    [Fact]
    public void Report_Verbose_AddsTheStackTraceAfterTheLine()
    {
        using var error = new StringWriter { NewLine = "\n" };
        Exception thrown;
        try
        {
            throw new InvalidCastException("line one\nline two");
        }
        catch (InvalidCastException e)
        {
            thrown = e;
        }

        RelgraphCommand.Report(thrown, verbose: true, error);

        var lines = error.ToString().Split('\n');
        Assert.Equal("relgraph: internal error (InvalidCastException): line one line two; please report it, with the output of --verbose", lines[0]);
        Assert.Contains(lines, l => l.Contains(nameof(Report_Verbose_AddsTheStackTraceAfterTheLine), StringComparison.Ordinal));
    }
}
