namespace RelationsGraph.Extraction.Scoring;

/// <summary>
/// The comparison key of a name: lower case, accents removed, and every character that is not a letter or a
/// digit (punctuation, spaces, quotes, dashes) dropped, so "the Japan-China Joint Communiqué" and
/// "THE JAPAN CHINA JOINT COMMUNIQUE" compare equal.
/// </summary>
/// <remarks>The key is <see cref="NodeId.Slug"/> without its hyphens, so it is the same on every machine.</remarks>
public static class NameFolding
{
    /// <summary>The comparison key of <paramref name="name"/>.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return NodeId.Slug(name).Replace("-", "", StringComparison.Ordinal);
    }
}
