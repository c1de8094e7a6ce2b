namespace RelationsGraph.Cli.Infrastructure;

/// <summary>The exit codes of <c>relgraph</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An input file is missing, unreadable or invalid.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong (unknown command, option or value).</summary>
    public const int Usage = 2;

    /// <summary>relgraph failed in a way no input should cause: a defect (70 is sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;
}
