using RelationsGraph.Generators.Diagnostics;
using RelationsGraph.Generators.Emit;
using RelationsGraph.Generators.Model;

namespace RelationsGraph.Generators.Generation;

/// <summary>Reads, checks and emits an ontology: the whole generator, without the file system's output side.</summary>
internal static class OntologyCompiler
{
    /// <summary>
    /// Compiles <paramref name="ontologyFile"/>, whose kinds may use those of <paramref name="importFiles"/>.
    /// Returns the files to write, or the diagnostics when there is anything to report.
    /// </summary>
    public static (IReadOnlyList<GeneratedFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Compile(string ontologyFile, IReadOnlyList<string> importFiles)
    {
        var diagnostics = new List<Diagnostic>();
        var imports = new List<OntologyDefinition>();
        foreach (var file in importFiles)
        {
            if (OntologyLoader.Load(file, diagnostics) is { } imported)
            {
                // An import is checked as an ontology of its own, against the imports before it.
                OntologyValidator.Validate(new OntologyModel(imported, [.. imports]), diagnostics);
                imports.Add(imported);
            }
        }

        var main = OntologyLoader.Load(ontologyFile, diagnostics);
        if (main is null || diagnostics.Count > 0)
        {
            return ([], diagnostics);
        }

        var model = new OntologyModel(main, imports);
        OntologyValidator.Validate(model, diagnostics);
        if (diagnostics.Count > 0)
        {
            return ([], diagnostics);
        }

        GeneratedFile[] files =
        [
            EnumsEmitter.Emit(model),
            NodesEmitter.Emit(model),
            EdgesEmitter.Emit(model),
            GraphExtensionsEmitter.Emit(model),
            ModuleEmitter.Emit(model),
        ];
        return (files, []);
    }
}
