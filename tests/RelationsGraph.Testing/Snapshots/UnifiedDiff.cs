using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace RelationsGraph.Testing;

/// <summary>A unified diff (<c>---</c>/<c>+++</c> header, <c>@@</c> hunks, three context lines) built on DiffPlex's line differ.</summary>
internal static class UnifiedDiff
{
    private const int ContextLines = 3;

    /// <summary>The unified diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.</summary>
    /// <remarks>Both texts are expected in LF form; hunk ranges are 1-based <c>start,count</c>, an empty range names the line before it.</remarks>
    public static string Build(string oldText, string newText, string oldLabel, string newLabel)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, false, false, LineChunker.Instance);
        if (diff.DiffBlocks.Count == 0)
        {
            return "";
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');
        foreach (var hunk in GroupIntoHunks(diff.DiffBlocks))
        {
            AppendHunk(output, diff, hunk);
        }

        return output.ToString();
    }

    // Changes whose context would touch or overlap share a hunk.
    private static List<List<DiffBlock>> GroupIntoHunks(IEnumerable<DiffBlock> blocks)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            var previous = hunks.Count == 0 ? null : hunks[^1][^1];
            if (previous is not null && block.DeleteStartA - End(previous) <= 2 * ContextLines)
            {
                hunks[^1].Add(block);
            }
            else
            {
                hunks.Add([block]);
            }
        }

        return hunks;
    }

    private static void AppendHunk(StringBuilder output, DiffResult diff, List<DiffBlock> hunk)
    {
        var (first, last) = (hunk[0], hunk[^1]);
        var oldStart = Math.Max(0, first.DeleteStartA - ContextLines);
        var newStart = oldStart + (first.InsertStartB - first.DeleteStartA);
        var oldEnd = Math.Min(diff.PiecesOld.Count, End(last) + ContextLines);
        var newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - End(last));

        output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldEnd - oldStart)} +{Range(newStart, newEnd - newStart)} @@\n");
        var position = oldStart;
        foreach (var block in hunk)
        {
            AppendLines(output, ' ', diff.PiecesOld, position, block.DeleteStartA - position);
            AppendLines(output, '-', diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            AppendLines(output, '+', diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            position = End(block);
        }

        AppendLines(output, ' ', diff.PiecesOld, position, oldEnd - position);
    }

    private static void AppendLines(StringBuilder output, char prefix, IReadOnlyList<string> lines, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            output.Append(prefix).Append(lines[i]).Append('\n');
        }
    }

    private static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;

    private static string Range(int start, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{(count == 0 ? start : start + 1)},{count}");
}
