using System.Buffers;

namespace RelationsGraph.Testing;

/// <summary>Builds snapshot file names from the calling test's source file and method.</summary>
internal static class SnapshotName
{
    // Characters no file name may hold on any OS the tests run on.
    private static readonly SearchValues<char> ForbiddenCharacters = SearchValues.Create("/\\:*?\"<>|");

    /// <summary>The test class name: the source file's name up to its first dot.</summary>
    public static string ClassName(string sourceFile)
    {
        var fileName = Path.GetFileName(sourceFile);
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? fileName : fileName[..dot];
    }

    /// <summary><c>{Class}.{Method}</c>, or <c>{Class}.{Method}_{parameters}</c>.</summary>
    /// <exception cref="ArgumentException">A part is empty or holds characters a file name cannot.</exception>
    public static string FileStem(string sourceFile, string method, string? parameters)
    {
        var className = ClassName(sourceFile);
        RequireFileNamePart(className, nameof(sourceFile));
        RequireFileNamePart(method, nameof(method));
        if (parameters is null)
        {
            return $"{className}.{method}";
        }

        RequireFileNamePart(parameters, nameof(parameters));
        return $"{className}.{method}_{parameters}";
    }

    /// <summary>Rejects an empty part or one holding path separators, wildcards or control characters.</summary>
    /// <exception cref="ArgumentException">The part cannot be used in a file name.</exception>
    public static void RequireFileNamePart(string part, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(part)
            || part.AsSpan().IndexOfAny(ForbiddenCharacters) >= 0
            || part.Any(char.IsControl))
        {
            throw new ArgumentException($"'{part}' cannot be part of a snapshot file name.", parameterName);
        }
    }
}
