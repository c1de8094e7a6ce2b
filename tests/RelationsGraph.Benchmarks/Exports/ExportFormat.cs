using System.Text;
using RelationsGraph.Export;

namespace RelationsGraph.Benchmarks.Exports;

/// <summary>
/// One format of the export suite: its exporter, and the markers that open each node and each edge in its output, so that
/// every method can report the same count (nodes plus edges written) although the formats differ in bytes.
/// </summary>
public sealed class ExportFormat
{
    private readonly byte[][] markers;

    /// <summary>A format whose output holds exactly one of <paramref name="markers"/> per node and per edge written.</summary>
    /// <param name="exporter">The exporter.</param>
    /// <param name="markers">Text that occurs once per node or edge and nowhere else in the output.</param>
    public ExportFormat(IGraphExporter exporter, params string[] markers)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentNullException.ThrowIfNull(markers);
        Exporter = exporter;
        this.markers = [.. markers.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The exporter.</summary>
    public IGraphExporter Exporter { get; }

    /// <summary>The nodes plus edges in <paramref name="output"/>, UTF-8 text this format's exporter wrote.</summary>
    public long CountElements(ReadOnlySpan<byte> output)
    {
        long count = 0;
        foreach (var marker in markers)
        {
            count += output.Count(marker);
        }

        return count;
    }
}
