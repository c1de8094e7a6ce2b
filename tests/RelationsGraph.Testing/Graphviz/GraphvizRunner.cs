using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace RelationsGraph.Testing;

/// <summary>The core of <see cref="GraphvizDot"/>, with the environment (PATH included) and timeout injectable.</summary>
/// <param name="readEnvironment">Reads an environment variable, <c>PATH</c> among them.</param>
/// <param name="timeout">How long dot may run.</param>
internal sealed class GraphvizRunner(Func<string, string?> readEnvironment, TimeSpan timeout)
{
    /// <summary>
    /// The runner reading the process environment, with a 180-second timeout: a guard against a hang, not a measure of
    /// speed (the CLI tests' fixture graph takes dot 20-30 seconds on two cores with three renders at once, and more
    /// than 60 when other test assemblies run beside them).
    /// </summary>
    public static GraphvizRunner Default { get; } = new(Environment.GetEnvironmentVariable, TimeSpan.FromSeconds(180));

    /// <summary>The full path of <c>dot</c> on <c>PATH</c>; null when it is missing.</summary>
    public string? FindDot() => ExecutableLocator.Find("dot", readEnvironment(EnvironmentVariables.Path));

    /// <summary>The full path of <c>dot</c>; skips the test when it is missing, or fails when Graphviz is required.</summary>
    public string RequireDot()
    {
        var dot = FindDot();
        if (dot is null)
        {
            ReportMissing();
        }

        return dot;
    }

    /// <summary>Renders to SVG; fails on a non-zero exit, stderr output or a timeout.</summary>
    public string AssertRenders(string dotText)
    {
        ArgumentNullException.ThrowIfNull(dotText);
        var output = DotProcess.Run(RequireDot(), dotText, timeout);
        if (output.TimedOut)
        {
            Assert.Fail($"Graphviz 'dot -Tsvg' did not finish within {timeout.TotalSeconds:0} s and was killed.");
        }

        if (output.ExitCode != 0 || output.Stderr.Length > 0)
        {
            Assert.Fail(DotDiagnostics.Describe(output, dotText));
        }

        return output.Stdout;
    }

    [DoesNotReturn]
    private void ReportMissing()
    {
        const string Missing = "Graphviz 'dot' is not installed; install Graphviz (e.g. apt-get install graphviz) and put dot on PATH to run this test.";
        if (EnvironmentVariables.IsEnabled(readEnvironment(EnvironmentVariables.RequireGraphviz)))
        {
            Assert.Fail($"{Missing} {EnvironmentVariables.RequireGraphviz}=1 requires it.");
        }

        Assert.Skip(Missing);
    }
}
