using System.Diagnostics;
using System.Reflection;
using RelationsGraph.Testing;

namespace RelationsGraph.Benchmarks.Tests.Support;

/// <summary>
/// Runs the built benchmark program (tests/RelationsGraph.Benchmarks/bin/&lt;configuration&gt;/net10.0) with <c>dotnet</c>:
/// it is built before these tests (a build-order reference) but not loaded here, since its BenchmarkDotNet must stay out
/// of this project.
/// </summary>
internal static class BenchmarkProgram
{
    /// <summary>A guard against a hung child, not a performance limit: a smoke run takes seconds.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    public static ProgramRun Run(params string[] arguments)
    {
        var configuration = typeof(BenchmarkProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var program = Path.Combine(RepositoryPaths.Root, "tests", "RelationsGraph.Benchmarks", "bin", configuration, "net10.0", "RelationsGraph.Benchmarks.dll");
        Assert.True(File.Exists(program), $"{program} is missing: build tests/RelationsGraph.Benchmarks first.");

        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"The benchmark program did not end within {HangGuard}: {string.Join(' ', arguments)}");
        }

        process.WaitForExit();
        return new ProgramRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
        return onPath ?? name;
    }
}
