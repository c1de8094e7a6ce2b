using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace RelationsGraph.Cli.Infrastructure;

/// <summary>A query's answer as rows of text: printed as a table for people or as JSON for tools.</summary>
internal sealed class ResultTable(string title, params string[] columns)
{
    private readonly List<string[]> rows = [];

    public string Title { get; } = title;

    public IReadOnlyList<string> Columns { get; } = columns;

    public int Count => rows.Count;

    public ResultTable Add(params string?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add([.. cells.Select(c => c ?? "")]);
        return this;
    }

    /// <summary>Writes the rows in <paramref name="format"/> (<c>table</c> or <c>json</c>).</summary>
    public void Write(TextWriter writer, string format)
    {
        if (format == "json")
        {
            WriteJson(writer);
        }
        else
        {
            WriteTable(writer);
        }
    }

    private void WriteTable(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(Title)) };
        foreach (var column in Columns)
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c))]);
        }

        console.Write(table);
        writer.Write($"{rows.Count} {(rows.Count == 1 ? "row" : "rows")}\n");
    }

    private void WriteJson(TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    json.WriteString(Columns[i], row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }
}
