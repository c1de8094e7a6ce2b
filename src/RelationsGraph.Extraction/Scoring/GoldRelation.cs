namespace RelationsGraph.Extraction.Scoring;

/// <summary>A relation a gold file says the article states.</summary>
/// <param name="Type">An edge kind, or <c>MetWith</c> (two leaders who took part in the same meeting).</param>
/// <param name="From">The name of the gold entity it leaves.</param>
/// <param name="To">The name of the gold entity it enters.</param>
/// <param name="Evidence">A short quote that states it.</param>
public sealed record GoldRelation(string Type, string From, string To, string Evidence);
