namespace RelationsGraph.Generators.Tests.Build;

/// <summary>The generator's MSBuild targets in a real build: generation, incrementality, diagnostics, clean.</summary>
[Trait("Category", "Integration")]
public class MsBuildIntegrationTests
{
    private const string Ontology = """
        {
          "name": "Scratch",
          "namespace": "Scratch.Kinds",
          "nodes": [
            { "name": "Sanction", "idPrefix": "sanction",
              "properties": [ { "name": "measure", "type": "string" } ] }
          ],
          "edges": [
            { "name": "Imposed", "from": [ "Country" ], "to": [ "Sanction" ], "inverse": "ImposedBy" }
          ]
        }
        """;

    [Fact]
    public void Build_TwiceWithNothingChanged_RunsTheGeneratorOnlyOnce()
    {
        using var project = new ScratchProject(Ontology);

        var first = project.Run("build");
        Assert.True(first.ExitCode == 0, first.Output);
        var generated = Path.Combine(project.GeneratedFolder, "Scratch.Nodes.g.cs");
        Assert.Contains("public sealed partial record Sanction : global::RelationsGraph.Node", File.ReadAllText(generated), StringComparison.Ordinal);
        var written = File.GetLastWriteTimeUtc(generated);

        var second = project.Run("build", verbosity: "detailed");

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("Skipping target \"RelationsGraphGenerate\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(generated));
    }

    [Fact]
    public void Build_AfterTheOntologyChanges_GeneratesTheNewMember()
    {
        using var project = new ScratchProject(Ontology);
        Assert.Equal(0, project.Run("build").ExitCode);

        project.WriteOntology(Ontology.Replace("""{ "name": "measure", "type": "string" }""", """{ "name": "measure", "type": "string" }, { "name": "announcedOn", "type": "date" }""", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(project.OntologyPath, DateTime.UtcNow.AddSeconds(5));
        var rebuilt = project.Run("build");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Contains("public global::RelationsGraph.PartialDate? AnnouncedOn", File.ReadAllText(Path.Combine(project.GeneratedFolder, "Scratch.Nodes.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BrokenOntology_FailsAtTheLineAndColumnAndLeavesNoGeneratedFile()
    {
        using var project = new ScratchProject(Ontology);
        Assert.Equal(0, project.Run("build").ExitCode);

        project.WriteOntology(Ontology.Replace("\"to\": [ \"Sanction\" ]", "\"to\": [ \"Sanctoin\" ]", StringComparison.Ordinal));
        var broken = project.Run("build");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.True(broken.Output.Contains("scratch.ontology.json(9,57): error RG0004: edge kind Imposed names the unknown node kind 'Sanctoin'", StringComparison.Ordinal), broken.Output);
        Assert.DoesNotContain("MSB3073", broken.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", broken.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(project.GeneratedFolder, "*.g.cs"));

        var again = project.Run("build");
        Assert.NotEqual(0, again.ExitCode);
    }

    [Fact]
    public void Clean_AfterABuild_RemovesTheGeneratedFiles()
    {
        using var project = new ScratchProject(Ontology);
        Assert.Equal(0, project.Run("build").ExitCode);
        Assert.NotEmpty(Directory.GetFiles(project.GeneratedFolder, "*.g.cs"));

        var clean = project.Run("clean");

        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.False(Directory.Exists(project.GeneratedFolder));
    }
}
