using DiffPlex;

namespace RelationsGraph.Testing;

/// <summary>Splits normalised text into lines; a final newline ends the last line rather than starting an empty one.</summary>
internal sealed class LineChunker : IChunker
{
    /// <summary>The shared instance; the chunker has no state.</summary>
    public static LineChunker Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Chunk(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
