using System.Diagnostics;

namespace RelationsGraph.Cli.Infrastructure;

/// <summary>Runs Graphviz's <c>dot</c> when it is installed.</summary>
internal static class Graphviz
{
    /// <summary>The message that tells a user how to get Graphviz.</summary>
    public const string InstallHint = "Graphviz's 'dot' was not found on PATH; install Graphviz (Debian/Ubuntu: apt-get install graphviz, macOS: brew install graphviz, Windows: winget install graphviz)";

    /// <summary>The full path of <c>dot</c>, or null when it is not on PATH.</summary>
    public static string? Find()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe" } : ["dot"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Renders <paramref name="dotText"/> to <paramref name="format"/> (svg, png) bytes.</summary>
    public static byte[] Render(string dot, string dotText, string format)
    {
        var start = new ProcessStartInfo(dot)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-T" + format);
        using var process = Process.Start(start) ?? throw new CliException($"{dot}: could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.Write(dotText);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new CliException("dot did not finish within 2 minutes");
        }

        copy.GetAwaiter().GetResult();
        var stderr = errors.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0)
        {
            throw new CliException($"dot failed (exit code {process.ExitCode}): {stderr.ReplaceLineEndings(" ")}");
        }

        return output.ToArray();
    }
}
