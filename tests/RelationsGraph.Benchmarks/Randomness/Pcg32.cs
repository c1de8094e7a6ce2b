using System.Numerics;

namespace RelationsGraph.Benchmarks.Randomness;

/// <summary>
/// PCG32 (XSH-RR, O'Neill 2014): a small, fast generator whose output depends only on its seed and
/// stream, written here so that the synthetic corpus and graphs are byte-identical on every .NET
/// version and operating system (System.Random's algorithm is an implementation detail of the runtime).
/// </summary>
/// <remarks>Only integer arithmetic is used: no floating point, so no platform rounding either.</remarks>
public sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private readonly ulong increment;
    private ulong state;

    /// <summary>A generator for <paramref name="seed"/> on <paramref name="stream"/> (distinct streams give independent sequences).</summary>
    public Pcg32(ulong seed, ulong stream = 54)
    {
        increment = (stream << 1) | 1UL;
        NextUInt32();
        state = unchecked(state + seed);
        NextUInt32();
    }

    /// <summary>The next 32 random bits.</summary>
    public uint NextUInt32()
    {
        var old = state;
        state = unchecked((old * Multiplier) + increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return BitOperations.RotateRight(xorShifted, rotation);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias (Lemire's method).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (uint)maxExclusive;
        var product = (ulong)NextUInt32() * bound;
        var low = (uint)product;
        if (low < bound)
        {
            var threshold = unchecked(0u - bound) % bound;
            while (low < threshold)
            {
                product = (ulong)NextUInt32() * bound;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>True with a probability of <paramref name="percent"/> in 100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>One item of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Next(items.Count)];
    }
}
