namespace RelationsGraph.Queries;

/// <summary>How an entity lookup matched, from the strictest rule to the loosest; the lookup stops at the first rule that matches.</summary>
public enum LookupMatch
{
    /// <summary>Nothing matched.</summary>
    None,

    /// <summary>The text is a node's id (<c>leader:fumio-kishida</c>), ignoring case.</summary>
    Id,

    /// <summary>The text is a node's name or one of its aliases (<c>Fumio Kishida</c>, <c>Kishida</c>), ignoring case.</summary>
    NameOrAlias,

    /// <summary>The text, made into a slug, is the part of a node's id after the prefix (<c>fumio kishida</c> for <c>leader:fumio-kishida</c>).</summary>
    Slug,

    /// <summary>The text is a whole word, or run of whole words, of a node's name or alias (<c>Jinping</c> for <c>Xi Jinping</c>), ignoring case.</summary>
    Word,
}
