using System.Diagnostics;

namespace RelationsGraph.Tests.Support;

/// <summary>Runs a Python script with <c>python3</c>, for checks against tools such as NetworkX.</summary>
public static class PythonRunner
{
    /// <summary>The script's stdout; skips the test when python3 or <paramref name="module"/> is missing.</summary>
    public static string Run(string module, string script, params string[] arguments)
    {
        var probe = TryRun(["-c", $"import {module}"], TimeSpan.FromSeconds(30));
        if (probe is not { ExitCode: 0 })
        {
            Assert.Skip($"python3 with the '{module}' module is needed for this test.");
        }

        var result = TryRun(["-c", script, .. arguments], TimeSpan.FromSeconds(60));
        Assert.True(result is { ExitCode: 0 }, $"python3 failed or timed out:\n{result?.Stderr}");
        return result!.Value.Stdout;
    }

    private static (int ExitCode, string Stdout, string Stderr)? TryRun(string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("python3")
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
