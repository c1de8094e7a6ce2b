namespace RelationsGraph.Tests.Graph;

public sealed class NodeIdTests
{
    [Theory]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Nguyễn Phú Trọng", "nguyen-phu-trong")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Straße", "strasse")]
    [InlineData("Đà Nẵng", "da-nang")]
    [InlineData("Communique\u0301", "communique")]
    public void Slug_AccentedLatinLetters_BecomePlainAscii(string text, string slug) =>
        Assert.Equal(slug, NodeId.Slug(text));

    [Fact]
    public void Slug_GlobalizationInvariantMode_StillRemovesAccents()
    {
        // The test projects, like the CLI, run with InvariantGlobalization, where string.Normalize leaves "ğ" whole:
        // the slug must not depend on it.
        Assert.Equal("ğ", "ğ".Normalize(System.Text.NormalizationForm.FormD));
        Assert.Equal("leader:recep-tayyip-erdogan", NodeId.Create("leader", "Recep Tayyip Erdoğan"));
    }

    [Theory]
    [InlineData("习近平", "习近平")]
    [InlineData("Xi Jinping (习近平)", "xi-jinping-习近平")]
    [InlineData("Москва", "москва")]
    public void Slug_LettersOfOtherScripts_KeepTheirCodePoints(string text, string slug) =>
        Assert.Equal(slug, NodeId.Slug(text));

    [Theory]
    [InlineData("APEC Economic Leaders' Meeting", "apec-economic-leaders-meeting")]
    [InlineData("Xi\u2019s visit", "xis-visit")]
    [InlineData("  U.S.-Japan \u00D7 2 ", "u-s-japan-2")]
    public void Slug_PunctuationAndSpaces_BecomeSingleHyphensAndApostrophesVanish(string text, string slug) =>
        Assert.Equal(slug, NodeId.Slug(text));

    [Fact]
    public void Create_KeyWithoutLetterOrDigit_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => NodeId.Create("topic", " -- "));

        Assert.Contains("' -- '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrefixOf_IdWithAndWithoutColon_ReturnsThePartBeforeIt()
    {
        Assert.Equal("leader", NodeId.PrefixOf("leader:xi-jinping"));
        Assert.Equal("", NodeId.PrefixOf("xi-jinping"));
    }
}
