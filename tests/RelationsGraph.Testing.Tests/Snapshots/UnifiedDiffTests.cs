namespace RelationsGraph.Testing.Tests.Snapshots;

public sealed class UnifiedDiffTests
{
    private const string Header = "--- old\n+++ new\n";

    [Fact]
    public void Build_EqualTexts_ReturnsEmpty() =>
        Assert.Equal("", UnifiedDiff.Build("a\nb\n", "a\nb\n", "old", "new"));

    [Fact]
    public void Build_InsertionInMiddle_HunkHasThreeContextLinesEachSide()
    {
        var diff = UnifiedDiff.Build(Lines(1, 10), Lines(1, 5) + "inserted\n" + Lines(6, 10), "old", "new");

        Assert.Equal(
            Header + "@@ -3,6 +3,7 @@\n l3\n l4\n l5\n+inserted\n l6\n l7\n l8\n",
            diff);
    }

    [Fact]
    public void Build_DeletionAtStart_HunkStartsAtFirstLine()
    {
        var diff = UnifiedDiff.Build(Lines(1, 10), Lines(2, 10), "old", "new");

        Assert.Equal(Header + "@@ -1,4 +1,3 @@\n-l1\n l2\n l3\n l4\n", diff);
    }

    [Fact]
    public void Build_DeletionAtEnd_HunkEndsAtLastLine()
    {
        var diff = UnifiedDiff.Build(Lines(1, 10), Lines(1, 9), "old", "new");

        Assert.Equal(Header + "@@ -7,4 +7,3 @@\n l7\n l8\n l9\n-l10\n", diff);
    }

    [Fact]
    public void Build_DistantChanges_ProducesSeparateHunks()
    {
        var changed = Lines(1, 19).Replace("l2\n", "L2\n", StringComparison.Ordinal).Replace("l17\n", "L17\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Build(Lines(1, 19), changed, "old", "new");

        Assert.Equal(
            Header
            + "@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n"
            + "@@ -14,6 +14,6 @@\n l14\n l15\n l16\n-l17\n+L17\n l18\n l19\n",
            diff);
    }

    [Fact]
    public void Build_ChangesSixUnchangedLinesApart_ShareOneHunk()
    {
        var changed = Lines(1, 20).Replace("l5\n", "", StringComparison.Ordinal).Replace("l11\n", "l11\nadded\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Build(Lines(1, 20), changed, "old", "new");

        Assert.Equal(
            Header + "@@ -2,13 +2,13 @@\n l2\n l3\n l4\n-l5\n l6\n l7\n l8\n l9\n l10\n l11\n+added\n l12\n l13\n l14\n",
            diff);
    }

    [Fact]
    public void Build_ChangesSevenUnchangedLinesApart_ProduceTwoHunks()
    {
        var changed = Lines(1, 20).Replace("l5\n", "", StringComparison.Ordinal).Replace("l12\n", "l12\nadded\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Build(Lines(1, 20), changed, "old", "new");

        Assert.Equal(
            Header + "@@ -2,7 +2,6 @@\n l2\n l3\n l4\n-l5\n l6\n l7\n l8\n"
            + "@@ -10,6 +9,7 @@\n l10\n l11\n l12\n+added\n l13\n l14\n l15\n",
            diff);
    }

    [Fact]
    public void Build_EmptyOldText_AddsEveryLineAgainstEmptyRange() =>
        Assert.Equal(Header + "@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Build("", "a\nb\n", "old", "new"));

    [Fact]
    public void Build_EmptyNewText_DeletesEveryLine() =>
        Assert.Equal(Header + "@@ -1,2 +0,0 @@\n-a\n-b\n", UnifiedDiff.Build("a\nb\n", "", "old", "new"));

    private static string Lines(int first, int last) =>
        string.Concat(Enumerable.Range(first, last - first + 1).Select(n => $"l{n}\n"));
}
