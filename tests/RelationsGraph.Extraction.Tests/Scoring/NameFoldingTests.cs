using RelationsGraph.Extraction.Scoring;

namespace RelationsGraph.Extraction.Tests.Scoring;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("the Japan-China Joint Communiqué", "THE JAPAN CHINA JOINT COMMUNIQUE")]
    [InlineData("meeting between Recep Tayyip Erdoğan and Vladimir Putin", "meeting between Recep Tayyip Erdogan and Vladimir Putin")]
    [InlineData("Nguyễn Phú Trọng", "Nguyen Phu Trong")]
    [InlineData("Leaders\u2019 Meeting", "leaders meeting")]
    public void Fold_NamesDifferingInCaseAccentsAndPunctuation_GiveOneKey(string name, string other) =>
        Assert.Equal(NameFolding.Fold(other), NameFolding.Fold(name));

    [Fact]
    public void Fold_Name_KeepsOnlyLowerCaseLettersAndDigits() =>
        Assert.Equal("30thapececonomicleadersmeeting", NameFolding.Fold("30th APEC Economic Leaders' Meeting"));

    [Fact]
    public void Fold_DifferentNames_GiveDifferentKeys() =>
        Assert.NotEqual(NameFolding.Fold("Sochi"), NameFolding.Fold("Soči talks"));
}
