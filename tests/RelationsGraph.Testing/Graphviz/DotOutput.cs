namespace RelationsGraph.Testing;

/// <summary>What a dot run produced.</summary>
/// <param name="ExitCode">The exit code; meaningless when <paramref name="TimedOut"/>.</param>
/// <param name="Stdout">Everything written to stdout (the SVG).</param>
/// <param name="Stderr">Everything written to stderr (errors and warnings).</param>
/// <param name="TimedOut">Whether dot was killed for running too long.</param>
internal sealed record DotOutput(int ExitCode, string Stdout, string Stderr, bool TimedOut);
