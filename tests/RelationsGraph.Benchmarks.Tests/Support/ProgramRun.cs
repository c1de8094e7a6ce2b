namespace RelationsGraph.Benchmarks.Tests.Support;

/// <summary>What a run of the benchmark program printed, and how it ended.</summary>
internal sealed record ProgramRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
