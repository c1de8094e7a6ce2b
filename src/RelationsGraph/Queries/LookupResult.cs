namespace RelationsGraph.Queries;

/// <summary>What an entity lookup found for a text.</summary>
/// <param name="Text">The text looked up.</param>
/// <param name="Match">The rule that matched, or <see cref="LookupMatch.None"/>.</param>
/// <param name="Candidates">The nodes that rule matched, by id; empty when none did.</param>
public sealed record LookupResult(string Text, LookupMatch Match, IReadOnlyList<Node> Candidates)
{
    /// <summary>True when exactly one node matched.</summary>
    public bool IsResolved => Candidates.Count == 1;

    /// <summary>True when several nodes matched equally well and the caller must choose (or ask).</summary>
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>The node, when exactly one matched; otherwise null.</summary>
    public Node? Node => IsResolved ? Candidates[0] : null;
}
