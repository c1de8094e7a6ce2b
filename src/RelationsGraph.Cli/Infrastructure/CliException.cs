namespace RelationsGraph.Cli.Infrastructure;

/// <summary>A failure the CLI reports as one line and an exit code, without a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.BadInput, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    public CliException()
        : this("relgraph failed")
    {
    }

    public CliException(string message)
        : this(message, ExitCodes.BadInput)
    {
    }

    public CliException(string message, Exception innerException)
        : this(message, ExitCodes.BadInput, innerException)
    {
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
