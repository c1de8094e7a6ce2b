namespace RelationsGraph.Testing;

/// <summary>Compares text with a verified file in an explicit folder; the core of <see cref="Snapshot"/>.</summary>
/// <param name="readEnvironment">Reads an environment variable; injectable so tests need not touch the process environment.</param>
internal sealed class SnapshotVerifier(Func<string, string?> readEnvironment)
{
    /// <summary>The verifier reading the process environment.</summary>
    public static SnapshotVerifier Default { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>
    /// Passes when the normalised <paramref name="text"/> equals <c>{stem}.verified.{extension}</c> in
    /// <paramref name="directory"/>; otherwise accepts it (when asked and not on CI) or writes the
    /// received file and fails.
    /// </summary>
    /// <exception cref="Xunit.Sdk.FailException">The text differs from the verified file, or there is none.</exception>
    /// <exception cref="ArgumentException">The stem or extension is not a plain file-name part.</exception>
    /// <exception cref="InvalidOperationException">The directory does not exist.</exception>
    public void Verify(string text, string directory, string stem, string extension)
    {
        SnapshotName.RequireFileNamePart(stem, nameof(stem));
        SnapshotName.RequireFileNamePart(extension, nameof(extension));
        if (extension.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Give the extension without dots, not '{extension}'.", nameof(extension));
        }

        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The snapshot folder '{directory}' does not exist.");
        }

        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        var received = SnapshotText.Normalise(text);
        var verified = SnapshotText.ReadIfExists(verifiedPath);

        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        var acceptRequested = EnvironmentVariables.IsEnabled(readEnvironment(EnvironmentVariables.AcceptSnapshots));
        var onCi = EnvironmentVariables.IsEnabled(readEnvironment(EnvironmentVariables.Ci));
        if (acceptRequested && !onCi)
        {
            SnapshotText.Write(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        SnapshotText.Write(receivedPath, received);
        Xunit.Assert.Fail(SnapshotFailure.Describe(verifiedPath, receivedPath, verified, received, acceptRequested));
    }
}
