using RelationsGraph.Extraction.Gazetteer;

namespace RelationsGraph.Extraction.Tests.Gazetteer;

public sealed class GazetteerTests
{
    private static Gazetteer<string> Build(params (string Surface, string Payload, bool CaseSensitive)[] entries)
    {
        var builder = new GazetteerBuilder<string>();
        foreach (var (surface, payload, caseSensitive) in entries)
        {
            builder.Add(surface, payload, caseSensitive);
        }

        return builder.Build();
    }

    private static string[] Found(Gazetteer<string> gazetteer, string text) =>
        [.. gazetteer.FindAll(text).Select(m => m.GetText(text))];

    [Fact]
    public void FindAll_ClassicOverlappingPatterns_KeepsLeftmostLongestWholeWords()
    {
        var gazetteer = Build(("he", "he", false), ("she", "she", false), ("his", "his", false), ("hers", "hers", false));

        Assert.Equal(["she", "his", "hers"], Found(gazetteer, "she said his and hers"));
        Assert.Empty(Found(gazetteer, "ushers"));
    }

    [Fact]
    public void FindAll_PatternInsideLongerWord_IsNotMatched()
    {
        var gazetteer = Build(("Xi", "leader:xi", true));

        Assert.Empty(gazetteer.FindAll("Xinhua reported it"));
        Assert.Empty(gazetteer.FindAll("TaXi"));
        const string text = "Xinhua said Xi met him; Xi's visit.";
        Assert.Equal([12, 24], gazetteer.FindAll(text).Select(m => m.Start));
    }

    [Fact]
    public void FindAll_ContainedPattern_DroppedForLongerMatch()
    {
        var gazetteer = Build(
            ("Treaty", "generic-treaty", false),
            ("Treaty of Peace and Friendship", "treaty:peace-friendship", false),
            ("Peace", "topic:peace", false));
        const string text = "the Treaty of Peace and Friendship, a treaty of peace";

        var matches = gazetteer.FindAll(text);

        Assert.Equal(["Treaty of Peace and Friendship", "treaty", "peace"], matches.Select(m => m.GetText(text)));
        Assert.Equal("treaty:peace-friendship", matches[0].Payload);
        Assert.Equal(4, matches[0].Start);
        Assert.Equal(30, matches[0].Length);
    }

    [Fact]
    public void FindAll_PartialOverlap_LeftmostWins()
    {
        var gazetteer = Build(("New York", "a", false), ("York City", "b", false));

        var matches = gazetteer.FindAll("in New York City today");

        var match = Assert.Single(matches);
        Assert.Equal("a", match.Payload);
    }

    [Fact]
    public void FindAll_CaseInsensitiveEntry_MatchesAnyCase()
    {
        var gazetteer = Build(("china", "country:cn", false));

        Assert.Equal(["China", "CHINA", "china"], Found(gazetteer, "China, CHINA and china"));
    }

    [Fact]
    public void FindAll_CaseSensitiveEntry_MatchesExactCaseOnly()
    {
        var gazetteer = Build(("US", "country:us", true), ("Xi", "leader:xi", true));

        Assert.Equal(["US", "Xi"], Found(gazetteer, "the US and us; Xi, XI or xi"));
    }

    [Fact]
    public void FindAll_CurlyApostropheInText_MatchesStraightApostrophePattern()
    {
        var gazetteer = Build(("People's Republic of China", "country:cn", false));
        const string text = "the People\u2019s Republic of China";

        var match = Assert.Single(gazetteer.FindAll(text));

        Assert.Equal("People\u2019s Republic of China", match.GetText(text));
    }

    [Fact]
    public void FindAll_DashVariantsAndNonBreakingSpace_MatchWithoutShiftingOffsets()
    {
        var gazetteer = Build(("China-Japan Treaty", "treaty", false), ("Fumio Kishida", "leader", false));
        const string text = "\u2014 the China\u2013Japan Treaty, said Fumio\u00A0Kishida.";

        var matches = gazetteer.FindAll(text);

        Assert.Equal(["China\u2013Japan Treaty", "Fumio\u00A0Kishida"], matches.Select(m => m.GetText(text)));
        Assert.Equal(text.IndexOf("China", StringComparison.Ordinal), matches[0].Start);
    }

    [Fact]
    public void FindAll_AmbiguousSurface_ReturnsAllPayloads()
    {
        var builder = new GazetteerBuilder<int>();
        builder.Add("Georgia", 1).Add("Georgia", 2).Add("GEORGIA", 1);
        var gazetteer = builder.Build();

        var match = Assert.Single(gazetteer.FindAll("Georgia"));

        Assert.Equal([1, 2], match.Payloads);
        Assert.True(match.IsAmbiguous);
    }

    [Fact]
    public void FindAll_SameSpanFromCaseSensitiveAndInsensitiveEntries_MergesPayloads()
    {
        var builder = new GazetteerBuilder<string>();
        builder.Add("apec", "org:apec").Add("APEC", "event:apec-2023", caseSensitive: true);
        var gazetteer = builder.Build();

        var match = Assert.Single(gazetteer.FindAll("the APEC meeting"));

        Assert.Equal(["org:apec", "event:apec-2023"], match.Payloads);
    }

    [Fact]
    public void FindAll_EmptyText_ReturnsNothing()
    {
        var gazetteer = Build(("China", "cn", false));

        Assert.Empty(gazetteer.FindAll(string.Empty));
    }

    [Fact]
    public void FindAll_EmptyGazetteer_ReturnsNothing()
    {
        var gazetteer = new GazetteerBuilder<int>().Build();

        Assert.Empty(gazetteer.FindAll("China and Japan"));
        Assert.Equal(0, gazetteer.EntryCount);
    }

    [Fact]
    public void FindAll_ChineseNameNextToChineseText_NeedsNoWordBoundary()
    {
        var gazetteer = Build(("\u4E60\u8FD1\u5E73", "leader:xi", false));
        const string text = "\u4E60\u8FD1\u5E73\u4E3B\u5E2D";

        var match = Assert.Single(gazetteer.FindAll(text));

        Assert.Equal(0, match.Start);
        Assert.Equal(3, match.Length);
    }

    [Fact]
    public void FindAll_Range_SearchesOnlyInsideAndKeepsAbsoluteOffsets()
    {
        var gazetteer = Build(("Japan", "jp", false));
        const string text = "Japan. Japan. Japan.";

        var matches = gazetteer.FindAll(text, 7, 6);

        var match = Assert.Single(matches);
        Assert.Equal(7, match.Start);
    }

    [Fact]
    public void FindAll_Range_WordBoundaryLooksOutsideRange()
    {
        var gazetteer = Build(("hua", "x", false));

        Assert.Empty(gazetteer.FindAll("Xinhua", 3, 3));
    }

    [Fact]
    public void FindAll_TenThousandPatterns_FindsEachOne()
    {
        var builder = new GazetteerBuilder<int>();
        for (var i = 0; i < 10_000; i++)
        {
            builder.Add(Name(i), i);
        }

        var gazetteer = builder.Build();
        var text = string.Join(" and ", Enumerable.Range(0, 10_000).Where(i => i % 7 == 0).Select(Name));

        var matches = gazetteer.FindAll(text);

        Assert.Equal(Enumerable.Range(0, 10_000).Where(i => i % 7 == 0), matches.Select(m => m.Payload));
        Assert.All(matches, m => Assert.Equal(Name(m.Payload), m.GetText(text)));
    }

    [Fact]
    public void FindAll_ResultsSortedByStart()
    {
        var gazetteer = Build(("a b", "1", false), ("b c d", "2", false), ("d", "3", false), ("e", "4", false));

        var matches = gazetteer.FindAll("a b c d e");

        Assert.Equal(["1", "3", "4"], matches.Select(m => m.Payload));
        Assert.Equal(matches.OrderBy(m => m.Start).Select(m => m.Start), matches.Select(m => m.Start));
    }

    private static string Name(int i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Place{i:D5}ville");
}
