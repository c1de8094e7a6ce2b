namespace RelationsGraph.Export.Dot;

/// <summary>How the DOT exporter groups nodes into boxed clusters.</summary>
public enum DotClusters
{
    /// <summary>No clusters.</summary>
    None,

    /// <summary>
    /// One cluster per country, holding the country and the nodes that belong to it: those with an edge to it of a
    /// kind that can only enter a country (a leader's <see cref="LeaderOf"/>, a place's <see cref="LocatedIn"/>).
    /// A node tied so to several countries stays outside every cluster.
    /// </summary>
    Country,

    /// <summary>One cluster per node kind.</summary>
    Kind,
}
