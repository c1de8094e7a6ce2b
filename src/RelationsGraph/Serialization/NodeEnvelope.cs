namespace RelationsGraph.Serialization;

/// <summary>The members every node object has (<c>id</c>, <c>kind</c>, <c>name</c>, <c>aliases</c>), as read so far.</summary>
public struct NodeEnvelope
{
    /// <summary>The node's id.</summary>
    public string? Id { get; internal set; }

    /// <summary>The node's name.</summary>
    public string? Name { get; internal set; }

    /// <summary>The node's aliases.</summary>
    public EquatableArray<string> Aliases { get; internal set; }

    /// <summary>Where the object starts, for errors.</summary>
    internal long Start { get; set; }

    /// <summary>Where the id's value starts, for errors.</summary>
    internal long IdStart { get; set; }
}
