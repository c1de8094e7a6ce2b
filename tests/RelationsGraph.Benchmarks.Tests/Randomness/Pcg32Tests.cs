using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Tests.Randomness;

public class Pcg32Tests
{
    [Fact]
    public void NextUInt32_Seed42Stream54_MatchesTheReferenceImplementation()
    {
        // The first outputs of pcg32-demo (pcg-c-basic) for pcg32_srandom_r(&rng, 42u, 54u).
        uint[] expected = [0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e];
        var random = new Pcg32(42, 54);

        var actual = expected.Select(_ => random.NextUInt32()).ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Next_SmallBound_StaysInRangeAndReachesEveryValue()
    {
        var random = new Pcg32(7);
        var seen = new int[6];

        for (var i = 0; i < 6000; i++)
        {
            seen[random.Next(6)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 800, 1200));
    }

    [Fact]
    public void Next_DifferentStreams_GiveDifferentSequences()
    {
        var first = new Pcg32(1, 1);
        var second = new Pcg32(1, 2);

        Assert.NotEqual(Enumerable.Range(0, 8).Select(_ => first.NextUInt32()), Enumerable.Range(0, 8).Select(_ => second.NextUInt32()));
    }
}
