using System.Globalization;

namespace RelationsGraph.Benchmarks.Json;

/// <summary>
/// Turns a <see cref="KnowledgeGraph"/> into <see cref="GraphDto"/>s as a reflection-based writer would have to:
/// nodes sorted by id, edges by key, properties read through the generic <see cref="IPropertyVisitor"/>.
/// </summary>
internal static class DtoWriter
{
    public static GraphDto From(KnowledgeGraph graph)
    {
        var dto = new GraphDto { Format = "relationsgraph", Version = 1 };
        var visitor = new DtoPropertyVisitor();
        foreach (var node in graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            var item = new NodeDto { Id = node.Id, Kind = node.Kind, Name = node.Name, Aliases = node.Aliases.IsEmpty ? null : [.. node.Aliases] };
            visitor.Node = item;
            node.Accept(visitor);
            dto.Nodes.Add(item);
        }

        visitor.Node = null;
        foreach (var edge in graph.Edges.OrderBy(e => e.Key))
        {
            var item = new EdgeDto { Kind = edge.Kind, From = edge.Source.Id, To = edge.Target.Id };
            visitor.Edge = item;
            edge.Accept(visitor);
            foreach (var evidence in edge.Evidence)
            {
                item.Evidence.Add(evidence.IsReference
                    ? new EvidenceDto { Reference = evidence.Reference }
                    : new EvidenceDto { Article = evidence.Article, Sentence = evidence.Sentence, Start = evidence.Start, End = evidence.End, Text = evidence.Text });
            }

            dto.Edges.Add(item);
        }

        return dto;
    }

    /// <summary>Copies each visited property into the DTO member of the same JSON name.</summary>
    private sealed class DtoPropertyVisitor : IPropertyVisitor
    {
        public NodeDto? Node { get; set; }

        public EdgeDto? Edge { get; set; }

        public void Visit(string name, string? value)
        {
            if (Node is { } n)
            {
                switch (name)
                {
                    case "acronym": n.Acronym = value; break;
                    case "cameoCode": n.CameoCode = value; break;
                    case "capital": n.Capital = value; break;
                    case "dateline": n.Dateline = value; break;
                    case "documentKind": n.DocumentKind = value; break;
                    case "eventKind": n.EventKind = value; break;
                    case "iso2": n.Iso2 = value; break;
                    case "outlet": n.Outlet = value; break;
                    case "title": n.Title = value; break;
                    case "unStatus": n.UnStatus = value; break;
                    default: throw Unknown(name);
                }
            }
            else
            {
                switch (name)
                {
                    case "title": Edge!.Title = value; break;
                    case "verb": Edge!.Verb = value; break;
                    default: throw Unknown(name);
                }
            }
        }

        public void Visit(string name, EquatableArray<string> value)
        {
            var list = value.IsEmpty ? null : new List<string>(value);
            switch (name)
            {
                case "demonyms": Node!.Demonyms = list; break;
                default: throw Unknown(name);
            }
        }

        public void Visit(string name, int? value)
        {
            switch (name)
            {
                case "ordinal": Node!.Ordinal = value; break;
                case "anniversary": Edge!.Anniversary = value; break;
                default: throw Unknown(name);
            }
        }

        public void Visit(string name, bool? value)
        {
            switch (name)
            {
                case "foundational": Node!.Foundational = value; break;
                default: throw Unknown(name);
            }
        }

        public void Visit(string name, PartialDate? value)
        {
            var text = value?.ToString();
            if (Node is { } n)
            {
                switch (name)
                {
                    case "date": n.Date = text; break;
                    case "datelineDate": n.DatelineDate = text; break;
                    case "inForceOn": n.InForceOn = text; break;
                    case "signedOn": n.SignedOn = text; break;
                    default: throw Unknown(name);
                }
            }
            else
            {
                switch (name)
                {
                    case "since": Edge!.Since = text; break;
                    case "until": Edge!.Until = text; break;
                    default: throw Unknown(name);
                }
            }
        }

        public void Visit(string name, DateTimeOffset? value)
        {
            switch (name)
            {
                case "publishedAt": Node!.PublishedAt = value?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture); break;
                default: throw Unknown(name);
            }
        }

        private static ArgumentException Unknown(string name) => new($"The DTOs have no member for the property '{name}'.", nameof(name));
    }
}
