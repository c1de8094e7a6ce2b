using RelationsGraph.Consumer.Tests.Sanctions;
using System.Text;
using RelationsGraph.Serialization;

namespace RelationsGraph.Consumer.Tests.SanctionsTests;

/// <summary>A consumer's own kind gets the same typed API as the built-in ones, from the same build.</summary>
public class SanctionsExtensionTests
{
    private static readonly Evidence Kb = Evidence.FromReference("sanctions-test");
    private static readonly Ontology WithSanctions = Ontology.From(SanctionsOntology.Module);

    private static readonly Country Alpha = new() { Id = "country:aa", Name = "Alphaland", Iso2 = "AA" };
    private static readonly Country Beta = new() { Id = "country:bb", Name = "Betaland", Iso2 = "BB" };
    private static readonly Sanction Freeze = new()
    {
        Id = "sanction:alphaland-asset-freeze",
        Name = "Alphaland asset freeze",
        Measure = SanctionMeasure.AssetFreeze,
        AnnouncedOn = new PartialDate(2024, 3),
    };

    [Fact]
    public void TypedHelpers_ForTheNewKind_AddAndReadEdges()
    {
        var graph = new KnowledgeGraph(WithSanctions);

        graph.AddImposed(Alpha, Freeze, Kb);
        graph.AddTargets(Freeze, Beta, Kb);

        var imposer = Assert.Single(Freeze.ImposedBy(graph));
        Assert.Equal("country:aa", imposer.Source.Id);
        var target = Assert.Single(Beta.TargetedBy(graph));
        Assert.Equal("sanction:alphaland-asset-freeze", target.Source.Id);
    }

    [Fact]
    public void TypedHelpers_NewEdgeFromBuiltInKind_AcceptsDerivedKinds()
    {
        var graph = new KnowledgeGraph(WithSanctions);
        var treaty = new Treaty { Id = "treaty:basis", Name = "Basis Treaty" };

        graph.AddJustifies(treaty, Freeze, Kb);

        Assert.Equal("treaty:basis", Assert.Single(Freeze.JustifiedBy(graph)).Source.Id);
    }

    [Fact]
    public void Constructors_OfTheNewEdgeKind_TakeOnlyTheAllowedKinds()
    {
        var signatures = typeof(Targets).GetConstructors()
            .Select(c => string.Join(",", c.GetParameters().Select(p => p.ParameterType.Name)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Sanction,Country", "Sanction,Organization"], signatures);
    }

    [Fact]
    public void GraphJson_WithTheExtensionModule_RoundTrips()
    {
        var graph = new KnowledgeGraph(WithSanctions);
        graph.AddImposed(Alpha, Freeze, Kb);
        graph.AddTargets(Freeze, Beta, Kb);
        var json = GraphJsonWriter.ToJson(graph);

        var read = new GraphJsonReader(WithSanctions).Read(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, GraphJsonWriter.ToJson(read));
        var sanction = read.GetNode<Sanction>("sanction:alphaland-asset-freeze");
        Assert.NotNull(sanction);
        Assert.Equal(SanctionMeasure.AssetFreeze, sanction.Measure);
        Assert.Equal("2024-03", sanction.AnnouncedOn.ToString());
    }

    [Fact]
    public void GraphJson_ReadWithoutTheExtensionModule_RefusesTheUnknownKind()
    {
        var graph = new KnowledgeGraph(WithSanctions);
        graph.AddNode(Freeze);
        var json = System.Text.Encoding.UTF8.GetBytes(GraphJsonWriter.ToJson(graph));

        var error = Assert.Throws<GraphFormatException>(() => new GraphJsonReader().Read(json, "sanctions.json"));

        Assert.Equal("unknown node kind 'Sanction'", error.Reason);
        Assert.Equal("$.nodes[0].kind", error.Path);
        Assert.StartsWith("sanctions.json(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentedExtensionExample_Runs()
    {
        var freeze = Freeze;
        var beta = Beta;
        var evidence = Kb;

        // begin-snippet: ontology-extension
        var ontology = Ontology.From(SanctionsOntology.Module);   // the built-in kinds come along
        var graph = new KnowledgeGraph(ontology);
        graph.AddTargets(freeze, beta, evidence);                  // generated from sanctions.ontology.json
        var json = GraphJsonWriter.ToJson(graph);
        var loaded = new GraphJsonReader(ontology).Read(Encoding.UTF8.GetBytes(json));
        // end-snippet

        Assert.Equal(json, GraphJsonWriter.ToJson(loaded));
    }

    [Fact]
    public void Ontology_WithTheExtension_HasBuiltInAndNewKinds()
    {
        Assert.Contains(WithSanctions.NodeKinds, k => k.Name == "Country");
        Assert.Contains(WithSanctions.NodeKinds, k => k.Name == "Sanction" && k.IdPrefix == "sanction");
        Assert.Equal(SanctionsOntology.SanctionDescriptor, SanctionsOntology.Describe(SanctionsNodeKind.Sanction));
    }

    [Fact]
    public void BuiltInGraph_AddingTheNewKind_ExplainsHowToRegisterIt()
    {
        var graph = new KnowledgeGraph();

        var error = Assert.Throws<ArgumentException>(() => graph.AddNode(Freeze));

        Assert.Contains("Ontology.From", error.Message, StringComparison.Ordinal);
    }
}
