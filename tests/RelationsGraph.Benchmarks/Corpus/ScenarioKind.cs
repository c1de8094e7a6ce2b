namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>The sort of encounter an article reports.</summary>
internal enum ScenarioKind
{
    /// <summary>Leaders meet on the sidelines of a summit.</summary>
    Sidelines,

    /// <summary>The guest's leader visits the host's capital.</summary>
    Visit,

    /// <summary>The leaders speak by phone.</summary>
    Call,

    /// <summary>The foreign ministers meet.</summary>
    Ministers,
}
