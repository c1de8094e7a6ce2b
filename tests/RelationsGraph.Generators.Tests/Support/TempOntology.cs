namespace RelationsGraph.Generators.Tests.Support;

/// <summary>Ontology files written to a temporary folder that is deleted on dispose.</summary>
internal sealed class TempOntology : IDisposable
{
    public TempOntology() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "rg-ontology-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="json"/> (LF line ends) as <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string json)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, json.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
