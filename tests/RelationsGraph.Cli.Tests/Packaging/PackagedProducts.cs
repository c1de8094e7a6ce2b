using System.Diagnostics;

namespace RelationsGraph.Cli.Tests.Packaging;

/// <summary>
/// Packs the four products once per test run into a temporary feed, with a NuGet cache of its own so
/// that freshly packed packages never mix with an older copy of the same version.
/// </summary>
public sealed class PackagedProducts : IDisposable
{
    public PackagedProducts()
    {
        Directory.CreateDirectory(Feed);
        foreach (var project in new[] { "src/RelationsGraph", "src/RelationsGraph.Extraction", "generators/RelationsGraph.Generators", "src/RelationsGraph.Cli" })
        {
            var run = Dotnet(RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, project), "-c", "Release", "-o", Feed, "-p:ContinuousIntegrationBuild=false");
            Assert.True(run.ExitCode == 0, $"dotnet pack {project} failed:\n{run.Output}");
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "relgraph-packages-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    public string Cache => Path.Combine(Root, "nuget-cache");

    /// <summary>Runs <c>dotnet</c> with the isolated NuGet cache and returns its exit code and output.</summary>
    public (int ExitCode, string Output) Dotnet(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = Cache;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Run(start);
    }

    /// <summary>Runs a program and returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} did not finish in 10 minutes.\n{output}");
        }

        return (process.ExitCode, output + error.Result);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
