using System.Runtime;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// Runs a benchmark's work until the JIT is done with it, so that the measured iterations time the steady state a
/// long ingestion runs in, not the tiered compiler's climb towards it.
/// </summary>
/// <remarks>
/// <para>
/// The extraction pipeline is thousands of methods, many of them on rare paths (one rule's branch for one wording).
/// Tiered compilation promotes a method after 30 calls and a quiet spell of 100 ms, on one background thread, so
/// the pipeline reaches its steady speed only after some 3,000 synthetic articles (about 5 s of compilation on a
/// 2-core machine); BenchmarkDotNet's ShortRun warms up with three iterations of 100 articles and measured the
/// pipeline at a third of its steady speed, with the compiler's thread competing with the second worker.
/// </para>
/// <para>
/// The test is <see cref="JitInfo.GetCompiledMethodCount"/> over the whole process: when several passes in a row
/// compile nothing, every method the work reaches is at its final tier. It counts methods, not time, so it behaves
/// the same on a fast and on a slow machine.
/// </para>
/// </remarks>
public static class JitWarmup
{
    /// <summary>Passes in a row that must compile nothing.</summary>
    public const int QuietPasses = 3;

    /// <summary>The most passes run, settled or not.</summary>
    public const int MaxPasses = 80;

    /// <summary>Runs <paramref name="pass"/> until <see cref="QuietPasses"/> passes in a row compile no method, or <see cref="MaxPasses"/> passes.</summary>
    /// <param name="pass">One run of the work to be measured.</param>
    /// <returns>The passes run, and whether the JIT settled within them.</returns>
    public static (int Passes, bool Settled) Run(Action pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var quiet = 0;
        for (var passes = 1; passes <= MaxPasses; passes++)
        {
            var before = JitInfo.GetCompiledMethodCount(currentThread: false);
            pass();
            quiet = JitInfo.GetCompiledMethodCount(currentThread: false) == before ? quiet + 1 : 0;
            if (quiet == QuietPasses)
            {
                return (passes, true);
            }
        }

        return (MaxPasses, false);
    }
}
