namespace RelationsGraph.Testing;

/// <summary>Finds a program in the folders of a <c>PATH</c> value, as a shell would, without calling <c>which</c>.</summary>
internal static class ExecutableLocator
{
    /// <summary>The full path of the first executable <paramref name="name"/> (<c>name.exe</c> on Windows) in <paramref name="pathVariable"/>; null when none.</summary>
    /// <remarks>Relative entries are skipped: they would depend on the current directory.</remarks>
    public static string? Find(string name, string? pathVariable)
    {
        if (string.IsNullOrEmpty(pathVariable))
        {
            return null;
        }

        var fileName = OperatingSystem.IsWindows() ? name + ".exe" : name;
        foreach (var entry in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var folder = entry.Trim('"');
            if (!Path.IsPathFullyQualified(folder))
            {
                continue;
            }

            var candidate = Path.Combine(folder, fileName);
            if (IsExecutable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & AnyExecute) != 0;
    }
}
