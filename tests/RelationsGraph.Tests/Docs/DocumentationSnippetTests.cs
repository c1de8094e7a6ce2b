using System.Text;

namespace RelationsGraph.Tests.Docs;

/// <summary>
/// Code in README.md and docs/*.md is taken from compiled, tested code: a block that follows
/// <c>&lt;!-- snippet: name --&gt;</c> must equal the region <c>// begin-snippet: name</c> …
/// <c>// end-snippet</c> of a test source file. Written here because no snippet tool is served to
/// this project; it checks, it never rewrites the docs.
/// </summary>
public class DocumentationSnippetTests
{
    private const string Marker = "<!-- snippet: ";

    public static TheoryData<string> DocumentedSnippets()
    {
        var data = new TheoryData<string>();
        foreach (var name in FromDocs().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedSnippets))]
    public void Snippet_InTheDocs_MatchesTheTestedCode(string name)
    {
        var (file, text) = FromDocs()[name];
        var sources = FromSources();

        Assert.True(sources.TryGetValue(name, out var code), $"{file} shows the snippet '{name}', which no test source defines.");
        Assert.Equal(code, text);
    }

    [Fact]
    public void Snippets_InTheSources_AreAllShownInTheDocs()
    {
        var unused = FromSources().Keys.Except(FromDocs().Keys).ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void CSharpBlocks_InTheDocs_AreAllSnippets()
    {
        var root = RepositoryPaths.Root;
        var unmarked = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("```csharp", StringComparison.Ordinal) && (i == 0 || !lines[i - 1].StartsWith(Marker, StringComparison.Ordinal)))
                {
                    unmarked.Add($"{Path.GetRelativePath(root, file)}:{i + 1}");
                }
            }
        }

        Assert.Empty(unmarked);
    }

    [Fact]
    public void Dedent_RemovesTheCommonIndentation()
    {
        Assert.Equal("a\n    b\n\nc", Dedent(["        a", "            b", "", "        c"]));
    }

    private static Dictionary<string, (string File, string Text)> FromDocs()
    {
        var root = RepositoryPaths.Root;
        var files = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md"));
        var snippets = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith(Marker, StringComparison.Ordinal))
                {
                    continue;
                }

                var name = lines[i][Marker.Length..].TrimEnd().TrimEnd('>').TrimEnd('-').Trim();
                var open = i + 1;
                Assert.True(open < lines.Length && lines[open].StartsWith("```", StringComparison.Ordinal), $"{file}:{i + 1}: the snippet marker must be followed by a code block.");
                var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                Assert.True(close > open, $"{file}:{i + 1}: the code block is not closed.");
                snippets[name] = (Path.GetRelativePath(root, file), Dedent(lines[(open + 1)..close]));
            }
        }

        return snippets;
    }

    private static Dictionary<string, string> FromSources()
    {
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (!line.StartsWith("// begin-snippet: ", StringComparison.Ordinal))
                {
                    continue;
                }

                var name = line["// begin-snippet: ".Length..].Trim();
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "// end-snippet");
                Assert.True(end > i, $"{file}:{i + 1}: snippet '{name}' has no end.");
                snippets[name] = Dedent(lines[(i + 1)..end]);
            }
        }

        return snippets;
    }

    private static string Dedent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.Length >= indent ? line[indent..].TrimEnd() : line.Trim()).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
