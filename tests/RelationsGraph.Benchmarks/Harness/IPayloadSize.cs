namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// A suite whose operation writes or reads a document: the MB/s column and the report divide the bytes of one operation
/// by its mean time. Called on a fresh instance whose parameters (Size) are set, without its setup.
/// </summary>
public interface IPayloadSize
{
    /// <summary>The bytes one operation of <paramref name="method"/> writes or reads (the same for every method of a suite whose methods move the same document).</summary>
    /// <param name="method">The benchmark method's name.</param>
    long PayloadBytes(string method);
}
