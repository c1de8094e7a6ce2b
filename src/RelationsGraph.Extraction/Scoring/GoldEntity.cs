namespace RelationsGraph.Extraction.Scoring;

/// <summary>An entity a gold file says the article states.</summary>
/// <param name="Type">The node kind (Country, Leader, Document, Treaty, Event, Organization, Place, Topic).</param>
/// <param name="Name">The canonical name; relations name entities by it.</param>
/// <param name="Aliases">Surface forms, as the article writes them.</param>
/// <param name="Attributes">What the article states about it (<c>date</c>, <c>year</c>, <c>title</c>, <c>country</c>, <c>note</c>), as text.</param>
public sealed record GoldEntity(string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, string> Attributes);
