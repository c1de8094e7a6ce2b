using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Resolution;
using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>What the extractor made of one article: the graph, and the intermediate results that explain it.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(KnowledgeGraph graph, ExtractionContext context)
    {
        Graph = graph;
        Article = context.Article;
        Sentences = context.Sentences;
        Entities = context.Entities;
        Events = context.Events.Frames;
        Diagnostics = context.Diagnostics;
    }

    /// <summary>The article's graph: its nodes, the facts it states and the reference facts about them.</summary>
    public KnowledgeGraph Graph { get; }

    /// <summary>The article as the reader understood it.</summary>
    public ArticleText Article { get; }

    /// <summary>The sentences with their resolved mentions.</summary>
    public IReadOnlyList<AnalyzedSentence> Sentences { get; }

    /// <summary>The nodes the mentions resolved to.</summary>
    public ArticleEntities Entities { get; }

    /// <summary>The events the rules found, with their node ids.</summary>
    public IReadOnlyList<EventFrame> Events { get; }

    /// <summary>What the extractor noticed and could not use.</summary>
    public IReadOnlyList<ExtractionDiagnostic> Diagnostics { get; }
}
