using System.Globalization;
using RelationsGraph.Generators.Json;

namespace RelationsGraph.Generators.Diagnostics;

/// <summary>
/// An error in an ontology file, printed in the compiler's canonical format
/// (<c>path(line,col): error RG0001: message</c>) so that MSBuild and IDEs point at the line.
/// </summary>
/// <param name="Id">The diagnostic id (<see cref="DiagnosticIds"/>).</param>
/// <param name="File">The ontology file, as given on the command line.</param>
/// <param name="Position">Where in the file.</param>
/// <param name="Message">What is wrong, in a sentence without a final period.</param>
internal sealed record Diagnostic(string Id, string File, SourcePosition Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{File}({Position.Line},{Position.Column}): error {Id}: {Message}");
}
