using RelationsGraph.Extraction.Pipeline;

namespace RelationsGraph.Extraction.Scoring;

/// <summary>
/// Compares an article's extracted graph with its gold file, as the gold format defines it. Entities: an
/// extracted node matches a gold entity when the kinds match (Treaty and Document match each other) and its name
/// or an alias equals the gold name or an alias after <see cref="NameFolding"/>; matching is one to one (a
/// maximum matching that tries first the gold entity named as the node is, then one with the node's name among its
/// aliases, then one whose name is among the node's aliases, then any with an alias in common). Only nodes with
/// evidence from the article count as extracted (an edge quoting it), so reference nodes the article does not
/// mention are not held against it. Relations: an
/// extracted edge with evidence from the article (Mentions aside) matches a gold relation of its kind whose ends
/// are the gold entities its ends matched; MetWith is derived from pairs of leaders taking part in one event
/// other than a visit (the gold format's "two leaders who took part in the same meeting": a visitor and the officials
/// in the visitor's party travel together, they do not meet), each unordered pair once.
/// </summary>
public static class Scorer
{
    /// <summary>Scores <paramref name="graph"/> against <paramref name="gold"/>.</summary>
    public static ArticleScore Score(KnowledgeGraph graph, GoldFile gold)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(gold);
        var article = gold.Article;
        var nodes = graph.Nodes.Where(n => n is not RelationsGraph.Article && HasArticleEvidence(graph, n, article))
            .OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var matching = EntityMatching.Match(nodes, gold.Entities);
        var entityScore = new Score(matching.Count, nodes.Count - matching.Count, gold.Entities.Count - matching.Count);
        var goldOf = matching.ToDictionary(m => m.Key.Id, m => m.Value, StringComparer.Ordinal);
        var extracted = ExtractedRelations(graph, article);
        var expected = GoldRelations(gold);
        var matched = new HashSet<(string, int, int)>();
        var spurious = new List<string>();
        foreach (var (type, from, to) in extracted)
        {
            var key = goldOf.TryGetValue(from.Id, out var f) && goldOf.TryGetValue(to.Id, out var t) ? Key(type, f, t) : default;
            if (key != default && expected.Contains(key) && matched.Add(key))
            {
                continue;
            }

            spurious.Add($"{type}: {from.Name} -> {to.Name}");
        }

        var relationScore = new Score(matched.Count, extracted.Count - matched.Count, expected.Count - matched.Count);
        var missedRelations = expected.Where(k => !matched.Contains(k)).Select(k => $"{k.Item1}: {gold.Entities[k.Item2].Name} -> {gold.Entities[k.Item3].Name}").ToList();
        var missedEntities = gold.Entities.Where((e, i) => !matching.ContainsValue(i)).Select(e => $"{e.Type}: {e.Name}").ToList();
        var spuriousEntities = nodes.Where(n => !matching.ContainsKey(n)).Select(n => $"{n.Kind}: {n.Name} ({n.Id})").ToList();
        return new ArticleScore(article, entityScore, relationScore, missedEntities, spuriousEntities, missedRelations, spurious);

        (string, int, int) Key(string type, int from, int to) =>
            type == GoldFile.MetWith && from > to ? (type, to, from) : (type, from, to);
    }

    /// <summary>Extracts every article of <paramref name="folder"/> that has a gold file beside it (<c>x.txt</c> and <c>x.gold.json</c>) and scores it.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="extractor">The extractor; the default one when null.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ScoreReport ScoreFolder(string folder, GraphExtractor? extractor = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        extractor ??= new GraphExtractor();
        var scores = new List<ArticleScore>();
        foreach (var goldPath in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var textPath = goldPath[..^".gold.json".Length] + ".txt";
            if (!File.Exists(textPath))
            {
                continue;
            }

            var gold = GoldFile.Read(goldPath);
            scores.Add(Score(extractor.Extract(gold.Article, File.ReadAllText(textPath)), gold));
        }

        return new ScoreReport(scores);
    }

    private static bool HasArticleEvidence(KnowledgeGraph graph, Node node, string article) =>
        graph.OutEdges<Edge>(node).Concat(graph.InEdges<Edge>(node)).Any(e => e.Evidence.Any(v => v.Article == article));

    private static List<(string Type, Node From, Node To)> ExtractedRelations(KnowledgeGraph graph, string article)
    {
        var relations = graph.Edges.Where(e => e is not global::RelationsGraph.Mentions && e.Evidence.Any(v => v.Article == article))
            .OrderBy(e => e.Key).Select(e => (e.Kind, e.Source, e.Target)).ToList();
        var pairs = new SortedSet<(string, string)>();
        foreach (var group in graph.EdgesOf<ParticipatedIn>().Where(e => e.Evidence.Any(v => v.Article == article) && e.Target is not Event { EventKind: EventKind.Visit }).GroupBy(e => e.Target.Id, StringComparer.Ordinal))
        {
            var leaders = group.Select(e => e.Source).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < leaders.Count; i++)
            {
                for (var j = i + 1; j < leaders.Count; j++)
                {
                    pairs.Add((leaders[i].Id, leaders[j].Id));
                }
            }
        }

        foreach (var (a, b) in pairs)
        {
            relations.Add((GoldFile.MetWith, graph.GetNode<Node>(a)!, graph.GetNode<Node>(b)!));
        }

        return relations;
    }

    private static HashSet<(string, int, int)> GoldRelations(GoldFile gold)
    {
        var index = gold.Entities.Select((e, i) => (e.Name, i)).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var set = new HashSet<(string, int, int)>();
        foreach (var relation in gold.Relations)
        {
            var from = index[relation.From];
            var to = index[relation.To];
            set.Add(relation.Type == GoldFile.MetWith && from > to ? (relation.Type, to, from) : (relation.Type, from, to));
        }

        return set;
    }
}
