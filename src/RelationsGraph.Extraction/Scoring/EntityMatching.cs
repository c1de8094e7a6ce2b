namespace RelationsGraph.Extraction.Scoring;

/// <summary>One-to-one matching of extracted nodes to gold entities (Kuhn's augmenting paths, deterministic order).</summary>
internal static class EntityMatching
{
    /// <summary>Matched pairs: extracted node to gold entity index.</summary>
    public static Dictionary<Node, int> Match(IReadOnlyList<Node> nodes, IReadOnlyList<GoldEntity> gold)
    {
        var goldKeys = gold.Select(e => e.Aliases.Prepend(e.Name).Select(NameFolding.Fold).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal)).ToList();
        var goldNames = gold.Select(e => NameFolding.Fold(e.Name)).ToList();
        var candidates = new List<int>[nodes.Count];
        var tiers = new int[nodes.Count, gold.Count];
        var bestTier = new int[nodes.Count];
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            var name = NameFolding.Fold(node.Name);
            var keys = node.Aliases.Items.Select(NameFolding.Fold).Append(name).ToHashSet(StringComparer.Ordinal);
            // 0: the same name; 1: its name is a gold alias; 2: the gold name is one of its aliases; 3: aliases alone.
            int Tier(int g) => goldNames[g] == name ? 0 : goldKeys[g].Contains(name) ? 1 : keys.Contains(goldNames[g]) ? 2 : 3;
            candidates[n] = [.. Enumerable.Range(0, gold.Count)
                .Where(g => KindsMatch(node.Kind, gold[g].Type) && goldKeys[g].Overlaps(keys))
                .OrderBy(Tier).ThenBy(g => g)];
            foreach (var g in candidates[n])
            {
                tiers[n, g] = Tier(g);
            }

            bestTier[n] = candidates[n].Count > 0 ? tiers[n, candidates[n][0]] : int.MaxValue;
        }

        // Nodes that name a gold entity (tiers 0 to 2) choose before nodes that only share one of its aliases: a spurious
        // "conversation" of other leaders must not take the gold talks whose name the real node carries. Nor may it take
        // them later, by pushing that node onto another gold "talks": a node takes an entity from another only with as
        // close a tie to it.
        var owner = new int[gold.Count];
        Array.Fill(owner, -1);
        foreach (var n in Enumerable.Range(0, nodes.Count).OrderBy(n => bestTier[n]).ThenBy(n => n))
        {
            Augment(n, new bool[gold.Count], candidates, owner, tiers);
        }

        var result = new Dictionary<Node, int>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (owner[g] >= 0)
            {
                result[nodes[owner[g]]] = g;
            }
        }

        return result;
    }

    /// <summary>Kuhn's augmenting path from <paramref name="node"/>, taking an entity from its owner only by a tie of <paramref name="tiers"/> as close.</summary>
    private static bool Augment(int node, bool[] visited, List<int>[] candidates, int[] owner, int[,] tiers)
    {
        foreach (var g in candidates[node])
        {
            if (visited[g] || (owner[g] >= 0 && tiers[node, g] > tiers[owner[g], g]))
            {
                continue;
            }

            visited[g] = true;
            if (owner[g] < 0 || Augment(owner[g], visited, candidates, owner, tiers))
            {
                owner[g] = node;
                return true;
            }
        }

        return false;
    }

    private static bool KindsMatch(string kind, string type) =>
        string.Equals(kind, type, StringComparison.Ordinal) || (kind is "Treaty" or "Document" && type is "Treaty" or "Document");
}
