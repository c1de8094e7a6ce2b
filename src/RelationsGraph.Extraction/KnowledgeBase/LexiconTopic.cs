namespace RelationsGraph.Extraction.Knowledge;

/// <summary>An issue that leaders raise, with the phrases that name it.</summary>
/// <param name="Name">The canonical name, which becomes the Topic node's name (<c>export controls</c>).</param>
/// <param name="Forms">Phrases that name the issue (<c>export controls</c>, <c>curbs on exports</c>).</param>
public sealed record LexiconTopic(string Name, IReadOnlyList<string> Forms);
