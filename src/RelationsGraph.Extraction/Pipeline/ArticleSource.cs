namespace RelationsGraph.Extraction.Pipeline;

/// <summary>One article to extract: its id (which evidence names) and its text.</summary>
/// <param name="Id">The article id (<c>xinhua-xi-kishida-2023-11-16</c>).</param>
/// <param name="Text">The article text as scraped.</param>
public sealed record ArticleSource(string Id, string Text)
{
    /// <summary>Reads a text file (UTF-8, any BOM honoured); the id is the file name without its extension.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ArticleSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ArticleSource(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
    }
}
