using System.CommandLine;
using RelationsGraph.Generators.Generation;

var ontology = new Option<FileInfo>("--ontology")
{
    Description = "The ontology JSON file to compile.",
    Required = true,
};
var imports = new Option<FileInfo[]>("--import")
{
    Description = "An ontology whose kinds this one uses (the built-in one, for an extension). Repeatable.",
    AllowMultipleArgumentsPerToken = false,
};
var output = new Option<DirectoryInfo>("--output")
{
    Description = "The folder to write the *.g.cs files to; other *.g.cs files there are deleted.",
    Required = true,
};

var root = new RootCommand("Compiles a RelationsGraph ontology into C# source files.") { ontology, imports, output };
root.SetAction(parse =>
{
    var ontologyFile = parse.GetValue(ontology)!.ToString();
    var importFiles = (parse.GetValue(imports) ?? []).Select(f => f.ToString()).ToList();
    var folder = new OutputFolder(parse.GetValue(output)!.FullName);
    var (files, diagnostics) = OntologyCompiler.Compile(ontologyFile, importFiles);
    if (diagnostics.Count > 0)
    {
        folder.Clear();
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        return 1;
    }

    folder.Write(files);
    return 0;
});

return root.Parse(args).Invoke();
