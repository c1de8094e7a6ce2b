namespace RelationsGraph.Serialization;

/// <summary>The members every edge object has (<c>kind</c>, <c>from</c>, <c>to</c>, <c>evidence</c>), as read so far.</summary>
public struct EdgeEnvelope
{
    /// <summary>The source node, once resolved.</summary>
    public Node? From { get; internal set; }

    /// <summary>The target node, once resolved.</summary>
    public Node? To { get; internal set; }

    /// <summary>The evidence items.</summary>
    internal List<Evidence>? Evidence { get; set; }

    /// <summary>Where the object starts, for errors.</summary>
    internal long Start { get; set; }

    /// <summary>Where the <c>from</c> value starts, for errors.</summary>
    internal long FromStart { get; set; }

    /// <summary>Where the <c>to</c> value starts, for errors.</summary>
    internal long ToStart { get; set; }
}
