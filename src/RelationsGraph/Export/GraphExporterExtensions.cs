using System.Text;
using RelationsGraph.Serialization;

namespace RelationsGraph.Export;

/// <summary>Conveniences over any <see cref="IGraphExporter"/>: export to a string or, atomically, to a file.</summary>
public static class GraphExporterExtensions
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The exported text of <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ExportToString(this IGraphExporter exporter, KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        exporter.Export(graph, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the exported text of <paramref name="graph"/> to <paramref name="path"/> as UTF-8 without a byte-order
    /// mark, atomically: a failed export leaves no partial file and an existing file untouched.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void ExportToFile(this IGraphExporter exporter, KnowledgeGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentNullException.ThrowIfNull(graph);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8WithoutBom, bufferSize: 1 << 16, leaveOpen: true);
            exporter.Export(graph, writer);
        });
    }
}
