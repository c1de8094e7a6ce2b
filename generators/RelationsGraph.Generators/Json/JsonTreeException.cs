namespace RelationsGraph.Generators.Json;

/// <summary>The input is not well-formed JSON.</summary>
internal sealed class JsonTreeException(string message, SourcePosition position) : Exception(message)
{
    /// <summary>Where the reader stopped.</summary>
    public SourcePosition Position { get; } = position;
}
