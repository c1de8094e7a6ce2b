namespace RelationsGraph.Generators.Emit;

/// <summary>One generated source file: its name (ending in <c>.g.cs</c>) and its text.</summary>
internal sealed record GeneratedFile(string Name, string Text);
