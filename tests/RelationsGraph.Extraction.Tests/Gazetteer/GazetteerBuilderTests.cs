using RelationsGraph.Extraction.Gazetteer;

namespace RelationsGraph.Extraction.Tests.Gazetteer;

public sealed class GazetteerBuilderTests
{
    [Fact]
    public void Add_EmptySurface_Throws()
    {
        var builder = new GazetteerBuilder<int>();

        Assert.Throws<ArgumentException>(() => builder.Add(string.Empty, 1));
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!, 1));
    }

    [Fact]
    public void Add_Entries_CountsEveryPair()
    {
        var builder = new GazetteerBuilder<int>().Add("Japan", 1).Add("Japan", 2).Add("Nippon", 1);

        Assert.Equal(3, builder.Count);
        Assert.Equal(3, builder.Build().EntryCount);
    }

    [Fact]
    public void Build_ThenAddMore_DoesNotChangeBuiltGazetteer()
    {
        var builder = new GazetteerBuilder<int>().Add("Japan", 1);
        var first = builder.Build();

        builder.Add("China", 2);

        Assert.Empty(first.FindAll("China"));
        Assert.Single(builder.Build().FindAll("China"));
    }

    [Fact]
    public void Build_SurfaceWithCurlyApostrophe_MatchesStraightApostropheText()
    {
        var gazetteer = new GazetteerBuilder<int>().Add("Leaders\u2019 Meeting", 1).Build();

        Assert.Single(gazetteer.FindAll("the Economic Leaders' Meeting"));
    }
}
