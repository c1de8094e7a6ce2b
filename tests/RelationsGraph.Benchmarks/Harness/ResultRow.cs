namespace RelationsGraph.Benchmarks.Harness;

/// <summary>One benchmark case's result, as the report prints it.</summary>
/// <param name="Suite">The suite's class name.</param>
/// <param name="Method">The benchmark method.</param>
/// <param name="Size">The Size parameter (0 when the suite has none).</param>
/// <param name="Parameters">Every parameter, as BenchmarkDotNet displays them.</param>
/// <param name="IsBaseline">True for the suite's baseline.</param>
/// <param name="MeanNanoseconds">The mean time of one operation, or null when the case failed.</param>
/// <param name="ErrorNanoseconds">Half the 99.9 % confidence interval.</param>
/// <param name="Ratio">The mean over the baseline's mean for the same parameters.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation.</param>
/// <param name="MegabytesPerSecond">Megabytes written or read per second, for <see cref="IPayloadSize"/> suites.</param>
/// <param name="ItemsPerSecond">Size (nodes or articles, see <see cref="SuiteSizesAttribute.Unit"/>) per second.</param>
internal sealed record ResultRow(
    string Suite,
    string Method,
    int Size,
    string Parameters,
    bool IsBaseline,
    double? MeanNanoseconds,
    double? ErrorNanoseconds,
    double? Ratio,
    long? AllocatedBytes,
    double? MegabytesPerSecond,
    double? ItemsPerSecond);
