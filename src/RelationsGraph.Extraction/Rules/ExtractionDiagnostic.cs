namespace RelationsGraph.Extraction.Rules;

/// <summary>Something the extractor noticed and could not use, for explaining an extraction.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Message">What happened.</param>
/// <param name="Sentence">The sentence concerned, if any.</param>
public sealed record ExtractionDiagnostic(string Article, string Message, int? Sentence = null);
