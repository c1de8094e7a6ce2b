using System.Globalization;
using RelationsGraph.Cli.Infrastructure;
using RelationsGraph.Queries;

namespace RelationsGraph.Cli.Commands;

/// <summary>Turns each query's typed answer into rows.</summary>
internal static class QueryTables
{
    public static ResultTable Citations(KnowledgeGraph graph)
    {
        var table = new ResultTable("Agreements and events citing foundational documents", "citing", "foundational", "depth", "path");
        foreach (var citation in new CitationQuery().Run(graph))
        {
            var path = string.Join(" -> ", citation.Path.Select(c => c.Source.Id).Append(citation.Foundation.Id));
            table.Add(citation.Citing.Name, citation.Foundation.Name, citation.Depth.ToString(CultureInfo.InvariantCulture), path);
        }

        return table;
    }

    public static ResultTable Meetings(KnowledgeGraph graph)
    {
        var table = new ResultTable("Who met whom", "leader", "met", "date", "where", "on the sidelines of", "event");
        foreach (var meeting in new MeetingsQuery().Run(graph))
        {
            table.Add(
                meeting.First.Name,
                meeting.Second.Name,
                meeting.Date?.ToString(),
                string.Join("; ", meeting.Places.Select(p => p.Name)),
                string.Join("; ", meeting.ParentEvents.Select(e => e.Name)),
                meeting.Event.Id);
        }

        return table;
    }

    public static ResultTable Timeline(KnowledgeGraph graph)
    {
        var table = new ResultTable("Timeline", "date", "kind", "name", "id");
        foreach (var entry in new TimelineQuery().Run(graph))
        {
            table.Add(entry.Date?.ToString() ?? "undated", entry.Node.Kind, entry.Node.Name, entry.Node.Id);
        }

        return table;
    }

    public static ResultTable Anniversaries(KnowledgeGraph graph)
    {
        var table = new ResultTable("Anniversaries", "event", "commemorates", "anniversary", "signed", "held", "years between");
        foreach (var anniversary in new AnniversaryQuery().Run(graph))
        {
            table.Add(
                anniversary.Event.Name,
                anniversary.Document.Name,
                anniversary.Number?.ToString(CultureInfo.InvariantCulture),
                anniversary.SignedOn?.ToString(),
                anniversary.EventDate?.ToString(),
                anniversary.YearsBetween?.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    public static ResultTable Path(GraphPath path)
    {
        var table = new ResultTable($"From {path.From.Name} to {path.To.Name}", "step", "from", "fact", "to", "evidence");
        var step = 1;
        foreach (var s in path.Steps)
        {
            var fact = s.IsForward ? $"-{s.Edge.Kind}->" : $"<-{s.Edge.Kind}-";
            var evidence = s.Edge.Evidence.Count == 0 ? "" : Describe(s.Edge.Evidence[0]);
            table.Add(step++.ToString(CultureInfo.InvariantCulture), s.From.Id, fact, s.To.Id, evidence);
        }

        return table;
    }

    public static ResultTable Neighbourhood(Neighbourhood around)
    {
        var table = new ResultTable($"Within reach of {around.Centre.Name}", "distance", "kind", "name", "id");
        foreach (var node in around.Graph.Nodes
                     .OrderBy(n => around.Distances.GetValueOrDefault(n.Id))
                     .ThenBy(n => n.Id, StringComparer.Ordinal))
        {
            table.Add(around.Distances.GetValueOrDefault(node.Id).ToString(CultureInfo.InvariantCulture), node.Kind, node.Name, node.Id);
        }

        return table;
    }

    /// <summary>Evidence as one line: the quoted text and where it is, or the reference it comes from.</summary>
    public static string Describe(Evidence evidence) => evidence.IsReference
        ? $"(reference: {evidence.Reference})"
        : string.Create(CultureInfo.InvariantCulture, $"\"{evidence.Text}\" ({evidence.Article}, sentence {evidence.Sentence}, {evidence.Start}-{evidence.End})");
}
