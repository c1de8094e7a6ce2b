using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>The edges of a synthetic graph as parallel arrays: kind, ends (node numbers), evidence and the kind's property.</summary>
internal sealed class EdgeTable
{
    private readonly List<EdgeKindCode> kinds = [];
    private readonly List<int> from = [];
    private readonly List<int> to = [];
    private readonly List<Evidence?> evidence = [];
    private readonly List<string?> labels = [];
    private readonly List<int> numbers = [];

    public int Count => kinds.Count;

    public void Add(EdgeKindCode kind, int source, int target, Evidence? item, string? label = null, int number = 0)
    {
        kinds.Add(kind);
        from.Add(source);
        to.Add(target);
        evidence.Add(item);
        labels.Add(label);
        numbers.Add(number);
    }

    public SyntheticEdges ToEdges(bool withEvidence) =>
        new([.. kinds], [.. from], [.. to], withEvidence ? [.. evidence] : null, [.. labels], [.. numbers]);

    /// <summary>Draws <paramref name="count"/> distinct numbers in [<paramref name="first"/>, <paramref name="first"/> + <paramref name="range"/>).</summary>
    public static int[] Distinct(Pcg32 random, int first, int range, int count)
    {
        count = Math.Min(count, range);
        var picked = new int[count];
        for (var i = 0; i < count; i++)
        {
            int candidate;
            do
            {
                candidate = first + random.Next(range);
            }
            while (Array.IndexOf(picked, candidate, 0, i) >= 0);

            picked[i] = candidate;
        }

        return picked;
    }
}
