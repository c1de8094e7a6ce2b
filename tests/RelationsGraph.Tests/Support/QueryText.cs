using System.Globalization;
using System.Text;
using RelationsGraph.Queries;

namespace RelationsGraph.Tests.Support;

/// <summary>Query answers as plain text, for snapshots: one fact per line, evidence indented below it.</summary>
public static class QueryText
{
    public static string Citations(IEnumerable<Citation> citations)
    {
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            text.Append(CultureInfo.InvariantCulture, $"{citation.Citing.Id} => {citation.Foundation.Id} ({(citation.IsDirect ? "direct" : $"via {citation.Depth - 1}")})\n");
            foreach (var edge in citation.Path)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {edge.Key}{(edge.Verb is { } verb ? $" [{verb}]" : "")}\n");
                AppendEvidence(text, edge, "    ");
            }
        }

        return text.ToString();
    }

    public static string Meetings(IEnumerable<Meeting> meetings)
    {
        var text = new StringBuilder();
        foreach (var m in meetings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.First.Name} ({m.First.Id}) met {m.Second.Name} ({m.Second.Id})\n");
            text.Append(CultureInfo.InvariantCulture, $"  at {m.Event.Id} ({m.Event.EventKind}) on {Date(m.Date)}\n");
            text.Append(CultureInfo.InvariantCulture, $"  in {Join(m.Places)}\n");
            text.Append(CultureInfo.InvariantCulture, $"  part of {Join(m.ParentEvents)}\n");
            foreach (var edge in m.Facts)
            {
                text.Append(CultureInfo.InvariantCulture, $"  fact {edge.Key}\n");
                AppendEvidence(text, edge, "    ");
            }
        }

        return text.ToString();
    }

    public static string Timeline(IEnumerable<TimelineEntry> entries) =>
        string.Concat(entries.Select(e => $"{Date(e.Date),-10}  {e.Node.Kind,-8}  {e.Node.Id}  {e.Node.Name}\n"));

    public static string Path(GraphPath? path)
    {
        if (path is null)
        {
            return "no path\n";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{path.From.Id} to {path.To.Id}: {path.Length} steps\n");
        foreach (var step in path.Steps)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {step.From.Id} {(step.IsForward ? "-" : "<-")}{step.Edge.Kind}{(step.IsForward ? "->" : "-")} {step.To.Id}\n");
            AppendEvidence(text, step.Edge, "    ");
        }

        return text.ToString();
    }

    public static string Neighbourhood(Neighbourhood neighbourhood)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"around {neighbourhood.Centre.Id}: {neighbourhood.Graph.NodeCount} nodes, {neighbourhood.Graph.EdgeCount} edges\n");
        foreach (var (id, distance) in neighbourhood.Distances.OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {distance}  {id}\n");
        }

        foreach (var edge in neighbourhood.Graph.Edges.OrderBy(e => e.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {edge.Key} ({edge.Evidence.Count} evidence)\n");
        }

        return text.ToString();
    }

    public static string Anniversaries(IEnumerable<Anniversary> anniversaries)
    {
        var text = new StringBuilder();
        foreach (var a in anniversaries)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{a.Event.Id} marks anniversary {a.Number?.ToString(CultureInfo.InvariantCulture) ?? "?"} of {a.Document.Id}\n");
            text.Append(CultureInfo.InvariantCulture,
                $"  signed {Date(a.SignedOn)}, event {Date(a.EventDate)}, {a.YearsBetween?.ToString(CultureInfo.InvariantCulture) ?? "?"} years, consistent: {a.IsConsistent?.ToString() ?? "unknown"}\n");
            AppendEvidence(text, a.Edge, "  ");
        }

        return text.ToString();
    }

    public static string Lookup(LookupResult result) =>
        $"{result.Text} -> {result.Match}: {(result.Candidates.Count == 0 ? "nothing" : string.Join(", ", result.Candidates.Select(n => n.Id)))}" +
        (result.IsAmbiguous ? " (ambiguous)" : "") + "\n";

    private static void AppendEvidence(StringBuilder text, Edge edge, string indent)
    {
        foreach (var evidence in edge.Evidence)
        {
            text.Append(indent).Append(evidence).Append('\n');
        }
    }

    private static string Date(PartialDate? date) => date?.ToString() ?? "undated";

    private static string Join(IEnumerable<Node> nodes)
    {
        var ids = nodes.Select(n => n.Id).ToList();
        return ids.Count == 0 ? "-" : string.Join(", ", ids);
    }
}
