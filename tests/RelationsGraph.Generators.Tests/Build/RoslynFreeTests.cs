using System.Text.Json;
using RelationsGraph.Testing;

namespace RelationsGraph.Generators.Tests.Build;

/// <summary>The product is Roslyn-free: no Microsoft.CodeAnalysis package, no source generator, the BCL's included.</summary>
public class RoslynFreeTests
{
    /// <summary>BenchmarkDotNet compiles its harness with Roslyn; it is a measuring tool, not part of the product.</summary>
    private static readonly string[] ToolProjects = ["RelationsGraph.Benchmarks"];

    private static readonly string[] GeneratorMarkers =
        ["[GeneratedRegex", "[JsonSerializable", "[LibraryImport", "IIncrementalGenerator", "ISourceGenerator", "Microsoft.CodeAnalysis"];

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.EnumerateFiles(RepositoryPaths.Root, "*.csproj", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Where(p => !ToolProjects.Contains(Path.GetFileNameWithoutExtension(p)))
                     .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(project);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void RestoredPackages_OfEveryProject_IncludeNoMicrosoftCodeAnalysis(string project)
    {
        var assets = Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(project)!, "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{project} has not been restored ({assets} is missing).");
        using var json = JsonDocument.Parse(File.ReadAllBytes(assets));

        var roslyn = json.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name)
            .Where(name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Empty(roslyn);
    }

    [Fact]
    public void ProductSources_UseNoSourceGeneratorAttribute()
    {
        var offenders = new[] { "src", "generators" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".props", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, index) => (File: f, Line: index + 1, Text: line)))
            .Where(l => GeneratorMarkers.Any(m => l.Text.Contains(m, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void BuildTargets_RemoveTheBclSourceGenerators()
    {
        var targets = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.targets"));

        Assert.Contains("System.Text.RegularExpressions.Generator", targets, StringComparison.Ordinal);
        Assert.Contains("System.Text.Json.SourceGeneration", targets, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Interop.LibraryImportGenerator", targets, StringComparison.Ordinal);
    }
}
