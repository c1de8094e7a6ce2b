using RelationsGraph.Benchmarks.Corpus;
using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// Makes the edges of a synthetic graph: reference facts (offices, locations, memberships, parties, signatures and
/// citation chains between documents) with knowledge-base evidence, event facts (participants, sides, venue,
/// parent summit, convener, topics, cited and commemorated documents) and article mentions with article evidence.
/// </summary>
/// <remarks>
/// No two edges share (from, kind, to), so the typed graph, which merges such edges, and the raw graph, which
/// would keep both, have the same edges. Evidence is drawn from its own stream: the edges are the same with
/// and without it.
/// </remarks>
internal sealed class EdgeGenerator(GraphLayout layout, Node[] nodes, Pcg32 random, Pcg32 evidenceRandom)
{
    private static readonly Evidence KnowledgeBase = Evidence.FromReference("synthetic-knowledge-base");
    private static readonly string[] Verbs = ["reaffirmed", "as stated in", "abide by", "uphold", "recalled"];
    private readonly EdgeTable table = new();

    public EdgeTable Generate()
    {
        
        for (var i = 0; i < layout.Leaders; i++)
        {
            var leader = (Leader)nodes[layout.FirstLeader + i];
            Reference(EdgeKindCode.LeaderOf, layout.FirstLeader + i, GraphLayout.FirstCountry + layout.CountryOfLeader(i), leader.Title);
        }

        for (var i = 0; i < layout.Places; i++)
        {
            var country = i < Places.All.Count ? Countries.All.ToList().FindIndex(c => c.Iso2 == Places.All[i].Iso2) : -1;
            Reference(EdgeKindCode.LocatedIn, layout.FirstPlace + i, GraphLayout.FirstCountry + (country >= 0 && country < layout.Countries ? country : random.Next(layout.Countries)));
        }

        for (var i = 0; i < layout.Countries; i++)
        {
            foreach (var org in EdgeTable.Distinct(random, layout.FirstOrganization, layout.Organizations, 2))
            {
                Reference(EdgeKindCode.MemberOf, GraphLayout.FirstCountry + i, org);
            }
        }

        for (var i = 0; i < layout.Documents; i++)
        {
            AddDocument(i);
        }

        for (var i = 0; i < layout.Events; i++)
        {
            AddEvent(i);
        }

        for (var i = 0; i < layout.Articles; i++)
        {
            AddArticle(i);
        }

        return table;
    }

    private void AddDocument(int index)
    {
        
        var document = layout.FirstDocument + index;
        var parties = EdgeTable.Distinct(random, GraphLayout.FirstCountry, layout.Countries, 2);
        foreach (var country in parties)
        {
            Reference(EdgeKindCode.PartyTo, country, document);
        }

        var foundational = ((Document)nodes[document]).Foundational == true;
        foreach (var leader in EdgeTable.Distinct(random, layout.FirstLeader, layout.Leaders, foundational ? 2 : 1))
        {
            Reference(EdgeKindCode.SignedBy, document, leader);
        }

        // Citation chains: documents come in series of eight, each citing the one before and often the series' first.
        var series = index - (index % 8);
        if (index > series)
        {
            Reference(EdgeKindCode.Cites, document, document - 1, random.Pick(Verbs));
            if (index - 1 > series && random.Chance(30))
            {
                Reference(EdgeKindCode.Cites, document, layout.FirstDocument + series, random.Pick(Verbs));
            }
        }
    }

    private void AddEvent(int index)
    {
        
        var ev = layout.FirstEvent + index;
        var sides = EdgeTable.Distinct(random, 0, layout.Countries, 2);
        foreach (var country in sides)
        {
            var leader = country + (layout.Countries * random.Next(layout.LeadersOf(country)));
            Stated(EdgeKindCode.ParticipatedIn, layout.FirstLeader + leader, ev);
            Stated(EdgeKindCode.Represented, GraphLayout.FirstCountry + country, ev);
        }

        Stated(EdgeKindCode.HeldIn, ev, layout.FirstPlace + random.Next(layout.Places));
        if (index < layout.Summits)
        {
            Stated(EdgeKindCode.OrganizedBy, ev, layout.FirstOrganization + random.Next(layout.Organizations));
        }
        else if (random.Chance(20))
        {
            Stated(EdgeKindCode.PartOf, ev, layout.FirstEvent + random.Next(layout.Summits));
        }

        foreach (var topic in EdgeTable.Distinct(random, layout.FirstTopic, layout.Topics, 1 + random.Next(2)))
        {
            Stated(EdgeKindCode.Discussed, ev, topic);
        }

        if (random.Chance(40))
        {
            foreach (var document in EdgeTable.Distinct(random, layout.FirstDocument, layout.Documents, 1 + random.Next(2)))
            {
                Stated(EdgeKindCode.Cites, ev, document, random.Pick(Verbs));
            }
        }

        if (random.Chance(5))
        {
            var document = layout.FirstDocument + random.Next(layout.Documents);
            var years = ((Event)nodes[ev]).Date!.Value.Year - ((Document)nodes[document]).Date!.Value.Year;
            Stated(EdgeKindCode.Commemorates, ev, document, number: Math.Max(1, years));
        }
    }

    private void AddArticle(int index)
    {
        
        var article = layout.FirstArticle + index;
        var (firstOther, others) = random.Next(4) switch
        {
            0 => (layout.FirstDocument, layout.Documents),
            1 => (layout.FirstPlace, layout.Places),
            2 => (layout.FirstOrganization, layout.Organizations),
            _ => (layout.FirstTopic, layout.Topics),
        };
        int[] targets = [layout.FirstEvent + random.Next(layout.Events), layout.FirstLeader + random.Next(layout.Leaders), GraphLayout.FirstCountry + random.Next(layout.Countries), firstOther + random.Next(others)];
        foreach (var target in targets)
        {
            var text = nodes[target].Name;
            var start = evidenceRandom.Next(6000);
            table.Add(EdgeKindCode.Mentions, article, target, Evidence.FromArticle(SyntheticNodes.ArticleKey(index), evidenceRandom.Next(40), start, start + text.Length, text));
        }
    }

    private void Reference(EdgeKindCode kind, int from, int to, string? label = null) => table.Add(kind, from, to, KnowledgeBase, label);

    /// <summary>A fact an article states: its evidence quotes the article (the quoted text is the target's name, shared).</summary>
    private void Stated(EdgeKindCode kind, int from, int to, string? label = null, int number = 0)
    {
        var article = evidenceRandom.Next(layout.Articles);
        var text = nodes[to].Name;
        var start = evidenceRandom.Next(6000);
        table.Add(kind, from, to, Evidence.FromArticle(SyntheticNodes.ArticleKey(article), evidenceRandom.Next(40), start, start + text.Length, text), label, number);
    }
}
