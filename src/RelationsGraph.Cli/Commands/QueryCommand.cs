using System.CommandLine;
using RelationsGraph.Cli.Infrastructure;
using RelationsGraph.Queries;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph query graph.json cites|meetings|timeline|path A B|around X|anniversaries</c>.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var graphFile = new Argument<string>("graph") { Description = "The graph JSON file to query." };
        var format = new Option<string>("--format") { Description = "How to print the answer.", DefaultValueFactory = _ => "table", Recursive = true };
        format.AcceptOnlyFromAmong("table", "json");

        // relgraph query <graph.json> <query> [arguments]: the graph comes before the query's name.
        var command = new Command("query", "Answers a named question over a graph file.") { graphFile, format };
        command.Subcommands.Add(Simple("cites", "Which documents and events cite which foundational documents, directly or through others.", graphFile, format, context, QueryTables.Citations));
        command.Subcommands.Add(Simple("meetings", "Who met whom, when, where, and on the sidelines of what.", graphFile, format, context, QueryTables.Meetings));
        command.Subcommands.Add(Simple("timeline", "Events and documents in date order.", graphFile, format, context, QueryTables.Timeline));
        command.Subcommands.Add(Simple("anniversaries", "Which event commemorates which document, and the years between them.", graphFile, format, context, QueryTables.Anniversaries));
        command.Subcommands.Add(Path(graphFile, format, context));
        command.Subcommands.Add(Around(graphFile, format, context));
        return command;
    }

    private static Command Simple(string name, string description, Argument<string> graphFile, Option<string> format, CliContext context, Func<KnowledgeGraph, ResultTable> answer)
    {
        var command = new Command(name, description);
        command.SetAction(parse =>
        {
            var graph = GraphFiles.Read(parse.GetValue(graphFile)!);
            answer(graph).Write(context.Out, parse.GetValue(format)!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Path(Argument<string> graphFile, Option<string> format, CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The first entity: an id, a name or an alias (\"Kishida\")." };
        var to = new Argument<string>("to") { Description = "The second entity." };
        var command = new Command("path", "The shortest chain of facts joining two entities, with the evidence of each step.") { from, to };
        command.SetAction(parse =>
        {
            var graph = GraphFiles.Read(parse.GetValue(graphFile)!);
            var lookup = new EntityLookup(graph);
            var start = Resolve(lookup, parse.GetValue(from)!);
            var end = Resolve(lookup, parse.GetValue(to)!);
            var path = new PathQuery().Run(graph, start, end)
                ?? throw new CliException($"no chain of facts joins {start.Id} and {end.Id}");
            QueryTables.Path(path).Write(context.Out, parse.GetValue(format)!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Around(Argument<string> graphFile, Option<string> format, CliContext context)
    {
        var center = new Argument<string>("entity") { Description = "The entity at the centre: an id, a name or an alias." };
        var depth = new Option<int>("--depth") { Description = "How many steps away to go.", DefaultValueFactory = _ => 1 };
        depth.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 10)
            {
                result.AddError("--depth must be between 0 and 10.");
            }
        });
        var command = new Command("around", "The entities within a few steps of one entity.") { center, depth };
        command.SetAction(parse =>
        {
            var graph = GraphFiles.Read(parse.GetValue(graphFile)!);
            var node = Resolve(new EntityLookup(graph), parse.GetValue(center)!);
            var around = new NeighbourhoodQuery { Options = new NeighbourhoodOptions { Depth = parse.GetValue(depth) } }.Run(graph, node);
            QueryTables.Neighbourhood(around).Write(context.Out, parse.GetValue(format)!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Node Resolve(EntityLookup lookup, string text)
    {
        var result = lookup.Resolve(text);
        if (result.Node is { } node)
        {
            return node;
        }

        if (result.IsAmbiguous)
        {
            var candidates = string.Join(", ", result.Candidates.Take(5).Select(c => c.Id));
            throw new CliException($"'{text}' names more than one entity ({candidates}); use an id");
        }

        throw new CliException($"no entity is named '{text}'");
    }
}
