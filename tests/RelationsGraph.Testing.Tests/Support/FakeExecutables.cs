namespace RelationsGraph.Testing.Tests.Support;

/// <summary>Creates stand-in programs (shell scripts) for tests of program lookup and process handling.</summary>
internal static class FakeExecutables
{
    /// <summary>Writes an executable script running <paramref name="shellBody"/>; on Windows an empty .exe that is only found, never run.</summary>
    public static string Create(string folder, string name, string shellBody)
    {
        if (OperatingSystem.IsWindows())
        {
            var exe = Path.Combine(folder, name + ".exe");
            File.WriteAllText(exe, "");
            return exe;
        }

        var script = Path.Combine(folder, name);
        // The standard tools stay reachable even when a test runs under a trimmed PATH.
        File.WriteAllText(script, "#!/bin/sh\nPATH=\"$PATH:/usr/bin:/bin\"\n" + shellBody + "\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }
}
