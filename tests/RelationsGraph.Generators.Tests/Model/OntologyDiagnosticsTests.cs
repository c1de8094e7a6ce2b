using RelationsGraph.Generators.Generation;
using RelationsGraph.Generators.Tests.Support;

namespace RelationsGraph.Generators.Tests.Model;

/// <summary>One test per diagnostic: the message is in the compiler's format and points at the right line and column.</summary>
public class OntologyDiagnosticsTests
{
    private const string ValidNode = """{ "name": "Country", "idPrefix": "country", "properties": [] }""";

    [Fact]
    public void Compile_MalformedJson_ReportsRG0001AtTheBrokenToken()
    {
        var diagnostic = Single("""
            {
              "name": "Broken",
              "namespace": "Test",
              "nodes": [ { "name": "Country", }
            }
            """);

        Assert.Equal("RG0001", diagnostic.Id);
        Assert.Equal(4, diagnostic.Position.Line);
        Assert.Contains("not valid JSON", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NoKinds_ReportsRG0002()
    {
        var diagnostic = Single("""
            {
              "name": "Empty",
              "namespace": "Test",
              "nodes": [],
              "edges": []
            }
            """);

        Assert.Equal("RG0002", diagnostic.Id);
        Assert.Equal((1, 1), (diagnostic.Position.Line, diagnostic.Position.Column));
    }

    [Fact]
    public void Compile_DuplicateKind_ReportsRG0003AtTheSecondDeclaration()
    {
        var diagnostic = Single($$"""
            {
              "name": "Dup",
              "namespace": "Test",
              "nodes": [
                {{ValidNode}},
                { "name": "Country", "idPrefix": "nation", "properties": [] }
              ]
            }
            """);

        Assert.Equal("RG0003", diagnostic.Id);
        Assert.Equal((6, 5), (diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Contains("'Country' is already declared", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_EdgeToUnknownKind_ReportsRG0004AtTheKindName()
    {
        var diagnostic = Single($$"""
            {
              "name": "Edges",
              "namespace": "Test",
              "nodes": [ {{ValidNode}} ],
              "edges": [
                { "name": "Borders", "from": [ "Country" ], "to": [ "Contry" ], "inverse": "BorderedBy" }
              ]
            }
            """);

        Assert.Equal("RG0004", diagnostic.Id);
        Assert.Equal((6, 57), (diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Contains("unknown node kind 'Contry'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_PropertyOfUnknownType_ReportsRG0005AtTheType()
    {
        var diagnostic = Single("""
            {
              "name": "Props",
              "namespace": "Test",
              "nodes": [
                { "name": "Country", "idPrefix": "country",
                  "properties": [ { "name": "population", "type": "long" } ] }
              ]
            }
            """);

        Assert.Equal("RG0005", diagnostic.Id);
        Assert.Equal((6, 55), (diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Contains("unknown type 'long'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_InheritanceCycle_ReportsRG0006AtTheExtends()
    {
        var diagnostics = Compile("""
            {
              "name": "Cycle",
              "namespace": "Test",
              "nodes": [
                { "name": "A", "idPrefix": "a", "extends": "B" },
                { "name": "B", "idPrefix": "b", "extends": "A" }
              ]
            }
            """);

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("RG0006", d.Id));
        Assert.Equal((5, 48), (diagnostics[0].Position.Line, diagnostics[0].Position.Column));
    }

    [Theory]
    [InlineData("class", "is a C# keyword")]
    [InlineData("2Fast", "is not a valid C# identifier")]
    [InlineData("Has Space", "is not a valid C# identifier")]
    public void Compile_KindNameThatIsNotAnIdentifier_ReportsRG0007(string name, string why)
    {
        var diagnostic = Single($$"""
            {
              "name": "Names",
              "namespace": "Test",
              "nodes": [ { "name": "{{name}}", "idPrefix": "x" } ]
            }
            """);

        Assert.Equal("RG0007", diagnostic.Id);
        Assert.Equal((4, 24), (diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Contains(why, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownMember_ReportsRG0008()
    {
        var diagnostic = Single($$"""
            {
              "name": "Typo",
              "namespace": "Test",
              "nodez": [],
              "nodes": [ {{ValidNode}} ]
            }
            """);

        Assert.Equal("RG0008", diagnostic.Id);
        Assert.Equal((4, 3), (diagnostic.Position.Line, diagnostic.Position.Column));
    }

    [Fact]
    public void Diagnostic_ToString_UsesTheCompilerFormat()
    {
        using var temp = new TempOntology();
        var path = temp.Write("x.ontology.json", "{ \"name\": \"X\", \"namespace\": \"T\", \"nodes\": [] }");

        var diagnostic = Assert.Single(OntologyCompiler.Compile(path, []).Diagnostics);

        Assert.Equal($"{path}(1,1): error RG0002: the ontology declares no node kinds and no edge kinds", diagnostic.ToString());
    }

    [Fact]
    public void Compile_ExtensionUsingImportedKinds_HasNoDiagnostics()
    {
        var diagnostics = Compile(
            """
            {
              "name": "Sanctions",
              "namespace": "Test.Sanctions",
              "nodes": [ { "name": "Sanction", "idPrefix": "sanction", "extends": "Document" } ],
              "edges": [ { "name": "Targets", "from": [ "Sanction" ], "to": [ "Country" ], "inverse": "TargetedBy" } ]
            }
            """,
            BuiltInOntology.Path);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Compile_ExtensionRedeclaringABuiltInKind_ReportsRG0003()
    {
        var diagnostic = Single(
            $$"""
            {
              "name": "Again",
              "namespace": "Test.Again",
              "nodes": [ {{ValidNode}} ]
            }
            """,
            BuiltInOntology.Path);

        Assert.Equal("RG0003", diagnostic.Id);
        Assert.Contains("an imported ontology", diagnostic.Message, StringComparison.Ordinal);
    }

    private static Diagnostics.Diagnostic Single(string json, params string[] imports) => Assert.Single(Compile(json, imports));

    private static IReadOnlyList<Diagnostics.Diagnostic> Compile(string json, params string[] imports)
    {
        using var temp = new TempOntology();
        var path = temp.Write("test.ontology.json", json);
        var (files, diagnostics) = OntologyCompiler.Compile(path, imports);
        if (diagnostics.Count > 0)
        {
            Assert.Empty(files);
        }

        return diagnostics;
    }
}
