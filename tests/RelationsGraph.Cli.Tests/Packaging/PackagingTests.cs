using System.Diagnostics;
using System.IO.Compression;

namespace RelationsGraph.Cli.Tests.Packaging;

/// <summary>The packages work as a consumer installs them: the tool runs, and a new project extends the ontology.</summary>
[Trait("Category", "Integration")]
public class PackagingTests(PackagedProducts packages) : IClassFixture<PackagedProducts>
{
    private const string Version = "0.1.0";

    [Theory]
    [InlineData("RelationsGraph", "lib/net10.0/RelationsGraph.xml")]
    [InlineData("RelationsGraph", "build/RelationsGraph.props")]
    [InlineData("RelationsGraph", "ontology/relations.ontology.json")]
    [InlineData("RelationsGraph.Extraction", "lib/net10.0/RelationsGraph.Extraction.xml")]
    [InlineData("RelationsGraph.Generators", "build/RelationsGraph.Generators.targets")]
    [InlineData("RelationsGraph.Generators", "tools/RelationsGraph.Generators.dll")]
    [InlineData("RelationsGraph.Cli", "tools/net10.0/any/DotnetToolSettings.xml")]
    public void Pack_EachPackage_CarriesItsAssetsAndReadme(string package, string entry)
    {
        using var archive = ZipFile.OpenRead(Path.Combine(packages.Feed, $"{package}.{Version}.nupkg"));

        Assert.Contains(archive.Entries, e => e.FullName == entry);
        Assert.Contains(archive.Entries, e => e.FullName == "README.md");
        var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\"", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_InstalledFromThePackedFeed_RunsTheDemo()
    {
        var tools = Path.Combine(packages.Root, "tools");
        var install = packages.Dotnet(packages.Root, "tool", "install", "RelationsGraph.Cli", "--version", Version, "--tool-path", tools, "--add-source", packages.Feed);
        Assert.True(install.ExitCode == 0, install.Output);

        var demo = PackagedProducts.Run(new ProcessStartInfo(Path.Combine(tools, OperatingSystem.IsWindows() ? "relgraph.exe" : "relgraph"))
        {
            ArgumentList = { "demo", "--output-dir", Path.Combine(packages.Root, "demo") },
            WorkingDirectory = packages.Root,
        });

        Assert.True(demo.ExitCode == 0, demo.Output);
        Assert.Contains("Agreements and events citing foundational documents", demo.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(packages.Root, "demo", "graph.dot")));
    }

    [Fact]
    public void Consumer_ReferencingThePackages_ExtendsTheOntologyAndRuns()
    {
        var app = Path.Combine(packages.Root, "consumer");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RelationsGraph" Version="{Version}" />
                <PackageReference Include="RelationsGraph.Generators" Version="{Version}" />
                <RelationsOntology Include="sanctions.ontology.json" Imports="$(RelationsGraphBuiltInOntology)" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "sanctions.ontology.json"), """
            {
              "name": "Sanctions",
              "namespace": "Consumer.Kinds",
              "nodes": [ { "name": "Sanction", "idPrefix": "sanction", "properties": [ { "name": "measure", "type": "string" } ] } ],
              "edges": [ { "name": "Targets", "from": [ "Sanction" ], "to": [ "Country" ], "inverse": "TargetedBy" } ]
            }
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Consumer.Kinds;
            using RelationsGraph;
            using RelationsGraph.Serialization;

            var graph = new KnowledgeGraph(Ontology.From(SanctionsOntology.Module));
            var freeze = new Sanction { Id = "sanction:freeze", Name = "Asset freeze", Measure = "assets" };
            var target = new Country { Id = "country:xx", Name = "Exampleland", Iso2 = "XX" };
            graph.AddTargets(freeze, target, Evidence.FromReference("consumer"));
            Console.WriteLine($"{target.TargetedBy(graph).Single().Source.Name} targets {target.Name}");
            Console.WriteLine(GraphJsonWriter.ToJson(graph).Contains("\"kind\": \"Sanction\"", StringComparison.Ordinal));
            """);

        var run = packages.Dotnet(app, "run", "--project", "Consumer.csproj");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Asset freeze targets Exampleland\nTrue", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
