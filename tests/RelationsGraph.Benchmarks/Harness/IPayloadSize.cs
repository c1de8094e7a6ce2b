namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// A suite whose operation writes or reads a document: the MB/s column and the report divide the document's size by
/// the mean time of one operation. Called on a fresh instance whose parameters (Size) are set, without its setup.
/// </summary>
public interface IPayloadSize
{
    /// <summary>The bytes one operation writes or reads.</summary>
    long PayloadBytes();
}
