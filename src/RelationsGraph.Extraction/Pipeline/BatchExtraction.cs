using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>The merged graph of several articles, and what went wrong with any of them.</summary>
/// <param name="Graph">The merged graph.</param>
/// <param name="Diagnostics">Diagnostics of all articles, in article-id order; an unreadable article appears here only.</param>
public sealed record BatchExtraction(KnowledgeGraph Graph, IReadOnlyList<ExtractionDiagnostic> Diagnostics);
