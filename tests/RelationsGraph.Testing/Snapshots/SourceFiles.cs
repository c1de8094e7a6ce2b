using System.Text.RegularExpressions;

namespace RelationsGraph.Testing;

/// <summary>Turns a <c>[CallerFilePath]</c> value into a path that exists on this machine.</summary>
internal static class SourceFiles
{
    // Deterministic CI builds (ContinuousIntegrationBuild) map source roots to /_/, /_1/, ...
    private static readonly Regex MappedRoot = new(@"^/_\d*/", RegexOptions.CultureInvariant);

    /// <summary>
    /// Returns <paramref name="sourceFile"/> when its folder exists; a path mapped to <c>/_/</c> by a
    /// deterministic build is resolved against <see cref="RepositoryPaths.Root"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty (not filled in by the compiler).</exception>
    /// <exception cref="InvalidOperationException">The source folder does not exist on this machine.</exception>
    public static string Resolve(string sourceFile)
    {
        if (string.IsNullOrWhiteSpace(sourceFile))
        {
            throw new ArgumentException("The caller's source file path is empty; let the compiler fill it in.", nameof(sourceFile));
        }

        if (Directory.Exists(Path.GetDirectoryName(sourceFile)))
        {
            return sourceFile;
        }

        var match = MappedRoot.Match(sourceFile);
        if (match.Success)
        {
            var local = Path.Combine(RepositoryPaths.Root, sourceFile[match.Length..]);
            if (Directory.Exists(Path.GetDirectoryName(local)))
            {
                return local;
            }
        }

        throw new InvalidOperationException(
            $"The test source folder of '{sourceFile}' does not exist on this machine; " +
            "snapshot tests must run where the source tree is checked out.");
    }
}
