using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationsGraph.Testing;

/// <summary>Explains a failed dot run: exit code, stderr, and the DOT lines stderr names.</summary>
internal static class DotDiagnostics
{
    private const int ContextLines = 2;
    private const int MaxListedLines = 60;

    // "syntax error in line 3 near '}'", "Warning: <stdin>: line 4: ..."
    private static readonly Regex LineReference = new(@"\bline (\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The failure message for <paramref name="output"/> of rendering <paramref name="dotText"/>.</summary>
    public static string Describe(DotOutput output, string dotText)
    {
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Graphviz 'dot -Tsvg' exited with code {output.ExitCode}")
            .Append(output.ExitCode == 0 ? " but wrote to stderr (warnings count as failures):\n" : ":\n");
        foreach (var line in output.Stderr.TrimEnd().Split('\n'))
        {
            message.Append("  ").Append(line.TrimEnd('\r')).Append('\n');
        }

        var lines = dotText.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var named = LineNumbers(output.Stderr).Where(n => n >= 1 && n <= lines.Length).ToList();
        if (named.Count == 0)
        {
            message.Append("DOT text:\n");
            AppendLines(message, lines, 1, Math.Min(lines.Length, MaxListedLines), named);
        }

        foreach (var number in named)
        {
            message.Append(CultureInfo.InvariantCulture, $"DOT line {number}:\n");
            AppendLines(message, lines, Math.Max(1, number - ContextLines), Math.Min(lines.Length, number + ContextLines), named);
        }

        return message.ToString();
    }

    /// <summary>The distinct line numbers that dot's messages name, in order of appearance.</summary>
    internal static IEnumerable<int> LineNumbers(string stderr) =>
        LineReference.Matches(stderr)
            .Select(match => int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Distinct();

    private static void AppendLines(StringBuilder message, string[] lines, int first, int last, List<int> marked)
    {
        for (var number = first; number <= last; number++)
        {
            var marker = marked.Contains(number) ? '>' : ' ';
            message.Append(CultureInfo.InvariantCulture, $"  {marker} {number,4} | {lines[number - 1]}\n");
        }
    }
}
