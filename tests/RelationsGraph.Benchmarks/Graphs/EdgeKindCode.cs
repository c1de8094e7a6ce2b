namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>The edge kinds of the built-in ontology, as the synthetic graph stores them (one byte per edge).</summary>
public enum EdgeKindCode : byte
{
    /// <summary><see cref="RelationsGraph.LeaderOf"/>.</summary>
    LeaderOf,

    /// <summary><see cref="RelationsGraph.LocatedIn"/>.</summary>
    LocatedIn,

    /// <summary><see cref="RelationsGraph.MemberOf"/>.</summary>
    MemberOf,

    /// <summary><see cref="RelationsGraph.PartyTo"/>.</summary>
    PartyTo,

    /// <summary><see cref="RelationsGraph.SignedBy"/>.</summary>
    SignedBy,

    /// <summary><see cref="RelationsGraph.Cites"/>, from a document or an event.</summary>
    Cites,

    /// <summary><see cref="RelationsGraph.Commemorates"/>.</summary>
    Commemorates,

    /// <summary><see cref="RelationsGraph.ParticipatedIn"/>.</summary>
    ParticipatedIn,

    /// <summary><see cref="RelationsGraph.Represented"/>.</summary>
    Represented,

    /// <summary><see cref="RelationsGraph.HeldIn"/>.</summary>
    HeldIn,

    /// <summary><see cref="RelationsGraph.PartOf"/>.</summary>
    PartOf,

    /// <summary><see cref="RelationsGraph.OrganizedBy"/>.</summary>
    OrganizedBy,

    /// <summary><see cref="RelationsGraph.Discussed"/>.</summary>
    Discussed,

    /// <summary><see cref="RelationsGraph.Mentions"/>.</summary>
    Mentions,
}
