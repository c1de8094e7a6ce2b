namespace RelationsGraph.Benchmarks.Harness;

/// <summary>What a <see cref="Target"/> measures, and which way it must go.</summary>
internal enum TargetKind
{
    /// <summary>The method's mean over the reference's mean (the baseline's unless named) at most the limit: "≤ 1.3× raw QuikGraph".</summary>
    MaximumRatio,

    /// <summary>The reference's mean over the method's mean at least the limit: "2 workers ≥ 1.7× one worker".</summary>
    MinimumSpeedup,

    /// <summary>The method's MB/s at least the limit: "≥ 20 MB/s".</summary>
    MinimumMegabytesPerSecond,
}
