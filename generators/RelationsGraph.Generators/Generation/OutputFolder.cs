using System.Text;

namespace RelationsGraph.Generators.Generation;

/// <summary>
/// The folder the generated files go to. Writes are atomic per file (temporary file, then rename),
/// unchanged files are left alone so that their timestamps do not trigger recompilation, and files
/// that the ontology no longer produces are deleted.
/// </summary>
internal sealed class OutputFolder(string path)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Makes the folder hold exactly <paramref name="files"/> among its <c>*.g.cs</c> files.</summary>
    public void Write(IReadOnlyList<Emit.GeneratedFile> files)
    {
        Directory.CreateDirectory(path);
        foreach (var file in files)
        {
            var target = Path.Combine(path, file.Name);
            var bytes = Utf8NoBom.GetBytes(file.Text);
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            var temporary = target + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true);
        }

        var keep = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(path, "*.g.cs").Where(f => !keep.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }
    }

    /// <summary>Deletes every generated file, so that no stale code survives a failed run.</summary>
    public void Clear()
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(path, "*.g.cs"))
        {
            File.Delete(file);
        }
    }
}
