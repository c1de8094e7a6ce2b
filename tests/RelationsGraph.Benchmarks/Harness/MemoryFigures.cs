namespace RelationsGraph.Benchmarks.Harness;

/// <summary>What a graph of <see cref="Size"/> nodes costs in memory, measured whole (see <see cref="MemoryProbe"/>).</summary>
/// <param name="Size">The nodes of the synthetic graph.</param>
/// <param name="Edges">Its edges.</param>
/// <param name="RawPerVertex">Bytes the raw QuikGraph graph retains per vertex.</param>
/// <param name="RawPerEdge">Bytes the raw QuikGraph graph retains per edge.</param>
/// <param name="TypedPerNode">Bytes the KnowledgeGraph retains per node (the node's strings are the caller's, not counted).</param>
/// <param name="TypedPerEdge">Bytes the KnowledgeGraph retains per edge without evidence.</param>
/// <param name="TypedPerEdgeWithEvidence">Bytes the KnowledgeGraph retains per edge holding one evidence item (the item itself is the caller's).</param>
/// <param name="AllocatedPerNode">Bytes allocated per AddNode, garbage included.</param>
/// <param name="AllocatedPerEdge">Bytes allocated per edge added without evidence, garbage included.</param>
/// <param name="AllocatedPerEdgeWithEvidence">Bytes allocated per edge added with one evidence item, garbage included.</param>
/// <param name="WholeGraphBytes">Everything a graph with evidence holds once the input is dropped: structure, strings, evidence items.</param>
public sealed record MemoryFigures(
    int Size,
    int Edges,
    double RawPerVertex,
    double RawPerEdge,
    double TypedPerNode,
    double TypedPerEdge,
    double TypedPerEdgeWithEvidence,
    double AllocatedPerNode,
    double AllocatedPerEdge,
    double AllocatedPerEdgeWithEvidence,
    long WholeGraphBytes);
