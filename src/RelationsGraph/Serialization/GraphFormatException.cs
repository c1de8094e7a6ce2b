namespace RelationsGraph.Serialization;

/// <summary>A graph JSON file that cannot be read: broken JSON, or JSON that breaks the format or the ontology.</summary>
/// <remarks>The message names the file (when known), the line and column, and the JSON path.</remarks>
public sealed class GraphFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, without position.</param>
    /// <param name="file">The file, or null when reading from memory.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column (in bytes of UTF-8, as System.Text.Json counts).</param>
    /// <param name="path">The JSON path (<c>$.nodes[3].kind</c>).</param>
    /// <param name="inner">The JSON reader's exception, if any.</param>
    public GraphFormatException(string reason, string? file, int line, int column, string path, Exception? inner = null)
        : base($"{file ?? "<graph>"}({line},{column}): {reason} (at {path})", inner)
    {
        Reason = reason;
        File = file;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public GraphFormatException()
        : this("the graph cannot be read", null, 1, 1, "$")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public GraphFormatException(string message)
        : this(message, null, 1, 1, "$")
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GraphFormatException(string message, Exception innerException)
        : this(message, null, 1, 1, "$", innerException)
    {
    }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    /// <summary>The file, or null.</summary>
    public string? File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The JSON path of the offending value.</summary>
    public string Path { get; }
}
