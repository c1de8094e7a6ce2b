namespace RelationsGraph.Testing.Tests.Snapshots;

/// <summary>The public entry point against snapshots checked in beside this file.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public async Task Verify_CheckedInSnapshot_Passes() =>
        await Snapshot.Verify("A snapshot checked in beside its test.\r\nSecond line.");

    [Theory]
    [InlineData("treaty")]
    [InlineData("summit")]
    public async Task Verify_WithParameters_UsesSuffixedSnapshot(string fixture) =>
        await Snapshot.Verify($"{{\"fixture\": \"{fixture}\"}}", "json", parameters: fixture);
}
