using RelationsGraph.Serialization;

namespace RelationsGraph.Cli.Infrastructure;

/// <summary>Reads and writes graph files with the CLI's error conventions.</summary>
internal static class GraphFiles
{
    /// <summary>Reads a graph JSON file; every failure becomes one line naming the file (and position).</summary>
    public static KnowledgeGraph Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file");
        }

        try
        {
            return new GraphJsonReader().ReadFile(path);
        }
        catch (GraphFormatException e)
        {
            throw new CliException(e.Message, ExitCodes.BadInput, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", ExitCodes.BadInput, e);
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    public static void WriteText(string path, string text)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            AtomicFile.WriteText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be written: {e.Message}", ExitCodes.BadInput, e);
        }
    }
}
