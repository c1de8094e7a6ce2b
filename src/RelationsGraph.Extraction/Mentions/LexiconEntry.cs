namespace RelationsGraph.Extraction.Mentions;

/// <summary>What a gazetteer surface form stands for: a mention kind and a key (a node id, a title, a topic or place name).</summary>
/// <param name="Kind">The mention kind a match makes.</param>
/// <param name="Key">The node id, canonical title, topic name or place name.</param>
internal readonly record struct LexiconEntry(MentionKind Kind, string Key);
