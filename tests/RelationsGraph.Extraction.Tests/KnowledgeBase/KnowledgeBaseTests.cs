using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Serialization;

namespace RelationsGraph.Extraction.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static Extraction.Knowledge.KnowledgeBase Kb => Extraction.Knowledge.KnowledgeBase.LoadDefault();

    [Fact]
    public void LoadDefault_CalledTwice_ReturnsTheSameInstance() => Assert.Same(Kb, Extraction.Knowledge.KnowledgeBase.LoadDefault());

    [Fact]
    public void LoadDefault_BundledFiles_HoldEveryKindWithReferenceEvidence()
    {
        Assert.Equal(195, Kb.Countries.Count);
        Assert.Contains(Kb.Leaders, l => l.Id == "leader:xi-jinping");
        Assert.Contains(Kb.Organizations, o => o.Id == "org:apec");
        Assert.IsType<Treaty>(Kb.Get<Document>("treaty:china-japan-treaty-of-peace-and-friendship"));
        Assert.All(Kb.Graph.Edges, e => Assert.True(e.Evidence.IsReferenceOnly));
        Assert.True(Kb.Graph.TryGetEdge(new EdgeKey("country:jp", "MemberOf", "org:apec"), out _));
    }

    [Theory]
    [InlineData("country:jp", "Prime Minister", "2023-11-16", "leader:fumio-kishida")]
    [InlineData("country:jp", "Prime Minister", "2024-10-01", "leader:shigeru-ishiba")]
    [InlineData("country:jp", "Prime Minister", "2024-09-30", "leader:fumio-kishida")]
    [InlineData("country:cn", "President", "2010-06-01", "leader:hu-jintao")]
    [InlineData("country:us", "President", "2024-04-10", "leader:joe-biden")]
    [InlineData("country:kr", "president", "2023-03-16", "leader:yoon-suk-yeol")]
    [InlineData("country:nz", "Prime Minister", "2024-06-13", "leader:christopher-luxon")]
    [InlineData("country:ua", "President", "2022-04-09", "leader:volodymyr-zelensky")]
    [InlineData("country:il", "Prime Minister", "2018-01-15", "leader:benjamin-netanyahu")]
    [InlineData("country:il", "Prime Minister", "2022-01-15", "leader:naftali-bennett")]
    [InlineData("country:jo", "King", "2024-02-12", "leader:abdullah-ii")]
    [InlineData("country:om", "Sultan", "2023-12-16", "leader:haitham-bin-tarik")]
    [InlineData("country:om", "Sultan", "2018-02-11", "leader:qaboos-bin-said")]
    [InlineData("country:zw", "President", "2023-07-28", "leader:emmerson-mnangagwa")]
    [InlineData("country:ng", "President", "2024-11-28", "leader:bola-tinubu")]
    [InlineData("country:cy", "President", "2024-10-30", "leader:nikos-christodoulides")]
    [InlineData("country:am", "Prime Minister", "2023-05-25", "leader:nikol-pashinyan")]
    [InlineData("country:by", "President", "2023-03-01", "leader:alexander-lukashenko")]
    [InlineData("country:kg", "President", "2023-05-18", "leader:sadyr-japarov")]
    [InlineData("country:ws", "Prime Minister", "2022-05-28", "leader:fiame-naomi-mataafa")]
    [InlineData("country:kw", "Emir", "2023-09-22", "leader:nawaf-al-ahmad-al-jaber-al-sabah")]
    [InlineData("country:va", "Pope", "2023-06-01", "leader:pope-francis")]
    [InlineData("country:cu", "President", "2000-01-01", "leader:fidel-castro")]
    [InlineData("country:sg", "Prime Minister", "1975-01-01", "leader:lee-kuan-yew")]
    [InlineData("country:in", "Prime Minister", "1955-01-01", "leader:jawaharlal-nehru")]
    public void OfficeHolder_OnDate_IsTheLeaderWhoseTermCoversIt(string country, string title, string date, string expected) =>
        Assert.Equal(expected, Kb.OfficeHolder(country, title, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    [Fact]
    public void OfficeHolder_OfficeTheKnowledgeBaseLacks_IsNull() =>
        Assert.Null(Kb.OfficeHolder("country:jp", "Chancellor", new DateOnly(2023, 11, 16)));

    [Fact]
    public void TermsOf_LeaderWithTwoTerms_ListsBothOldestFirst()
    {
        var terms = Kb.TermsOf("leader:shinzo-abe");

        Assert.Equal(2, terms.Count);
        Assert.True(terms[0].Since < terms[1].Since);
        Assert.Empty(Kb.TermsOn("leader:shinzo-abe", new DateOnly(2010, 1, 1)));
        Assert.Single(Kb.TermsOn("leader:shinzo-abe", new DateOnly(2015, 1, 1)));
    }

    [Fact]
    public void CountryWithCapital_AnyLetterCase_FindsTheCountry()
    {
        Assert.Equal("country:jp", Kb.CountryWithCapital("TOKYO")?.Id);
        Assert.Null(Kb.CountryWithCapital("San Francisco"));
    }

    [Fact]
    public void DocumentGroups_FourPoliticalDocuments_AreTheFourChinaJapanDocuments()
    {
        var group = Assert.Single(Kb.DocumentGroups, g => g.Name == "four political documents");

        Assert.Equal(["country:cn", "country:jp"], group.CountryIds);
        Assert.Equal(4, group.DocumentIds.Count);
        Assert.All(group.DocumentIds, id => Assert.NotNull(Kb.Get<Document>(id)));
        Assert.Contains(group, Kb.GroupsOf("treaty:china-japan-treaty-of-peace-and-friendship"));
    }

    [Fact]
    public void Lexicon_Bundled_HoldsTitlesTopicsPlacesSeriesAndAliases()
    {
        Assert.Equal("country:us", Kb.Lexicon.FindTitle("secretary of state")?.CountryId);
        Assert.Contains(Kb.Lexicon.Topics, t => t.Name == "export controls" && t.Forms.Contains("curbs on exports"));
        Assert.Equal("Woodside", Kb.Lexicon.FindPlace("Filoli estate")?.City);
        Assert.Equal("St. Petersburg", Kb.Lexicon.FindPlace("St Petersburg")?.Name); // British style drops the full stop
        Assert.Equal("APEC Economic Leaders' Meeting", Kb.Lexicon.FindSeries("org:apec")?.Name);
        Assert.Null(Kb.Lexicon.FindSeries("org:apec")?.ConvenerId);
        Assert.Equal("org:un", Kb.Lexicon.FindSeries("org:united-nations-general-assembly")?.ConvenerId); // a session is the UN's
        Assert.Contains("Group of 20", Kb.Get<Organization>("org:g20")!.Aliases.Items);
    }

    [Fact]
    public void Lexicon_BundledWomen_AreLeadersOfTheKnowledgeBase()
    {
        Assert.Contains("leader:sanae-takaichi", Kb.Lexicon.Women);
        Assert.DoesNotContain("leader:xi-jinping", Kb.Lexicon.Women);
        Assert.All(Kb.Lexicon.Women, id => Assert.NotNull(Kb.Get<Leader>(id)));
    }

    [Fact]
    public void AddLexiconFile_WomenNotStrings_FailsNamingFileAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"format":"relationsgraph-lexicon","version":1,"women":["leader:sheikh-hasina",7]}""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => new KnowledgeBaseBuilder().AddLexiconFile(path));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("$.women[1]", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_ExtraGraphFile_MergesItsNodesEdgesAndTermsWithTheBundledOnes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kb-extra-{Guid.NewGuid():N}.json");
        var extra = new KnowledgeGraph();
        var minister = new Leader { Id = "leader:taro-example", Name = "Taro Example", Title = "Foreign Minister" };
        extra.AddLeaderOf(minister, new Country { Id = "country:jp", Name = "Japan" }, Evidence.FromReference("user"), since: new PartialDate(2030, 1, 1), title: "Foreign Minister");
        GraphJsonWriter.WriteFile(extra, path);
        try
        {
            var kb = Extraction.Knowledge.KnowledgeBase.Load(path);

            Assert.NotNull(kb.Get<Leader>("leader:taro-example"));
            Assert.Equal(195, kb.Countries.Count);
            Assert.Equal("leader:taro-example", kb.OfficeHolder("country:jp", "Foreign Minister", new DateOnly(2030, 6, 1))?.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddGraphFile_EdgeToNodeTheKnowledgeBaseLacks_FailsNamingFileAndItem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kb-broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"format":"relationsgraph","version":1,"nodes":[],"edges":[
              {"kind":"MemberOf","from":"country:jp","to":"org:nowhere","evidence":[{"reference":"user"}]}]}
            """);
        try
        {
            var error = Assert.Throws<GraphFormatException>(() => new KnowledgeBaseBuilder().AddBundled().AddGraphFile(path));

            Assert.Equal(path, error.File);
            Assert.Contains("edges[0]", error.Path, StringComparison.Ordinal);
            Assert.Equal(2, error.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddLexiconFile_UnknownPlaceKind_FailsNamingFileAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"format":"relationsgraph-lexicon","version":1,"places":[{"name":"Atlantis","kind":"Island","country":"country:gr"}]}""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => new KnowledgeBaseBuilder().AddLexiconFile(path));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("$.places[0].kind", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Builder_UserLexiconAndTerms_ExtendTheBundledOnes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"format":"relationsgraph-lexicon","version":1,"topics":[{"name":"fisheries","forms":["fishing rights"]}],"women":["leader:taro-kono"]}""");
        try
        {
            var kb = new KnowledgeBaseBuilder().AddBundled().AddLexiconFile(path)
                .AddTerms([new OfficeTerm("leader:xi-jinping", "country:cn", "General Secretary", new PartialDate(2012, 11, 15), null)])
                .Build();

            Assert.Contains(kb.Lexicon.Topics, t => t.Name == "fisheries");
            Assert.Contains(kb.Lexicon.Topics, t => t.Name == "Taiwan");
            Assert.Contains("leader:taro-kono", kb.Lexicon.Women);
            Assert.Contains("leader:sanae-takaichi", kb.Lexicon.Women);
            Assert.Equal("leader:xi-jinping", kb.OfficeHolder("country:cn", "General Secretary", new DateOnly(2020, 1, 1))?.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
