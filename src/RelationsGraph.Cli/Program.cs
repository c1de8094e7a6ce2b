using RelationsGraph.Cli;

return await RelgraphCommand.RunAsync(args, Console.Out, Console.Error);
