using System.Text;

namespace RelationsGraph.Testing;

/// <summary>The failure message of a snapshot mismatch: what failed, where the files are, how to accept, the diff.</summary>
internal static class SnapshotFailure
{
    /// <summary>Describes a mismatch (or, when <paramref name="verified"/> is null, a missing snapshot).</summary>
    public static string Describe(string verifiedPath, string receivedPath, string? verified, string received, bool acceptIgnoredOnCi)
    {
        var message = new StringBuilder();
        message.Append(verified is null ? "Snapshot missing: no verified file " : "Snapshot mismatch: ")
            .Append(verifiedPath).Append('\n')
            .Append("Received text written to ").Append(receivedPath).Append('\n');
        if (acceptIgnoredOnCi)
        {
            message.Append(EnvironmentVariables.AcceptSnapshots).Append(" is set but ignored because CI=true.\n");
        }
        else
        {
            message.Append("If the received text is right, rename it to the verified file, or rerun with ")
                .Append(EnvironmentVariables.AcceptSnapshots).Append("=1.\n");
        }

        message.Append('\n').Append(UnifiedDiff.Build(
            verified ?? "",
            received,
            Path.GetFileName(verifiedPath),
            Path.GetFileName(receivedPath)));
        return message.ToString();
    }
}
