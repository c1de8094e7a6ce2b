using System.Diagnostics;
using RelationsGraph.Testing;

namespace RelationsGraph.Generators.Tests.Build;

/// <summary>
/// A throwaway project outside the repository that uses the generator's MSBuild targets the way a
/// consumer does, built with the real <c>dotnet build</c>.
/// </summary>
internal sealed class ScratchProject : IDisposable
{
    public ScratchProject(string ontologyJson)
    {
        Directory.CreateDirectory(Folder);
        var root = RepositoryPaths.Root.Replace('\\', '/');
        File.WriteAllText(Path.Combine(Folder, "Scratch.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/src/RelationsGraph/RelationsGraph.csproj" />
                <RelationsOntology Include="scratch.ontology.json" Imports="{root}/src/RelationsGraph/Ontology/relations.ontology.json" />
              </ItemGroup>
              <Import Project="{root}/generators/RelationsGraph.Generators/build/RelationsGraph.Generators.InRepository.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(Folder, "Use.cs"), """
            namespace Scratch;

            public static class Use
            {
                public static int Count(RelationsGraph.KnowledgeGraph graph) => graph.NodeCount;
            }
            """);
        WriteOntology(ontologyJson);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "rg-scratch-" + Guid.NewGuid().ToString("N"));

    public string OntologyPath => Path.Combine(Folder, "scratch.ontology.json");

    public string GeneratedFolder => Path.Combine(Folder, "obj", Configuration, "net10.0", "RelationsGraph", "scratch.ontology");

    /// <summary>The configuration the test assembly was built in, so the generator's build output is found.</summary>
    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public void WriteOntology(string json) => File.WriteAllText(OntologyPath, json.ReplaceLineEndings("\n"));

    /// <summary>Runs <c>dotnet</c> with <paramref name="verb"/> in the scratch folder; referenced projects are not rebuilt.</summary>
    public (int ExitCode, string Output) Run(string verb, string verbosity = "minimal")
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { verb, "Scratch.csproj", "-c", Configuration, "-v", verbosity, "-nologo", "-nodeReuse:false", "-p:BuildProjectReferences=false", "--disable-build-servers" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {verb} did not finish in 5 minutes.\n{output}");
        }

        return (process.ExitCode, output + error.Result);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
