using System.Text;

namespace RelationsGraph.Testing;

/// <summary>The canonical form of snapshot text, and reading and writing it.</summary>
internal static class SnapshotText
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>LF line ends and exactly one trailing newline.</summary>
    public static string Normalise(string text)
    {
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return lf.TrimEnd('\n') + "\n";
    }

    /// <summary>Reads a snapshot file (a BOM, if any, is dropped) in normalised form; null when it is missing.</summary>
    public static string? ReadIfExists(string path) =>
        File.Exists(path) ? Normalise(File.ReadAllText(path, Encoding.UTF8)) : null;

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void Write(string path, string text) => File.WriteAllText(path, text, Utf8WithoutBom);
}
