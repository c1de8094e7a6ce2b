using System.Diagnostics;

namespace RelationsGraph.Tests.Support;

/// <summary>
/// Runs a Python script, for checks against tools such as NetworkX: with <c>python3</c> from PATH, or the
/// interpreter named by <c>RELATIONSGRAPH_PYTHON</c> (CI points it at the one Debian's python3-networkx
/// installs into).
/// </summary>
public static class PythonRunner
{
    private static string Python => Environment.GetEnvironmentVariable("RELATIONSGRAPH_PYTHON") is { Length: > 0 } python ? python : "python3";

    /// <summary>
    /// The script's stdout; skips the test when python3 or <paramref name="module"/> is missing, unless
    /// <c>RELATIONSGRAPH_REQUIRE_PYTHON=1</c>, which turns the skip into a failure (as CI does).
    /// </summary>
    public static string Run(string module, string script, params string[] arguments)
    {
        var probe = TryRun(["-c", $"import {module}"], TimeSpan.FromSeconds(30));
        if (probe is not { ExitCode: 0 })
        {
            var message = $"{Python} with the '{module}' module is needed for this test.";
            Assert.False(Environment.GetEnvironmentVariable("RELATIONSGRAPH_REQUIRE_PYTHON") == "1", message + " RELATIONSGRAPH_REQUIRE_PYTHON=1 makes it mandatory.");
            Assert.Skip(message);
        }

        var result = TryRun(["-c", script, .. arguments], TimeSpan.FromSeconds(60));
        Assert.True(result is { ExitCode: 0 }, $"python3 failed or timed out:\n{result?.Stderr}");
        return result!.Value.Stdout;
    }

    private static (int ExitCode, string Stdout, string Stderr)? TryRun(string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            process.WaitForExit();
            return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
