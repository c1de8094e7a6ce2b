using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class WitnessedSigningTests
{
    private static ExtractionResult Story(string sentence) =>
        Some.Extract("Jul 3, 2024 14:00", "ASTANA, July 3 (Wire)",
            "President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Astana on Wednesday.",
            sentence);

    private static Event Signing(ExtractionResult result) =>
        GraphAssert.OccasionNamed(result.Graph, "signing");

    [Theory]
    [InlineData("After the talks, the two leaders witnessed the signing of five memoranda of understanding covering cooperation in culture.", "the signing of five memoranda of understanding")]
    [InlineData("After the talks, Tokayev and Xi witnessed the signing of a joint statement and a package of cooperation documents.", "the signing of a joint statement and a package of cooperation documents")]
    [InlineData("Tokayev and Xi later witnessed the signing of a number of agreements and memorandums of understanding.", "the signing of a number of agreements and memorandums of understanding")]
    [InlineData("The two presidents oversaw the signing of a batch of cooperation instruments covering defense and health.", "the signing of a batch of cooperation instruments")]
    [InlineData("The two leaders witnessed the signing of more than a dozen cooperation documents between ministries of the two countries.", "the signing of more than a dozen cooperation documents")]
    public void Apply_LeadersWitnessTheSigningOfDocuments_TakePartInASigningNamedByThem(string sentence, string alias)
    {
        var result = Story(sentence);

        var signing = Signing(result);
        Assert.Contains(alias, signing.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:kassym-jomart-tokayev", signing.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:xi-jinping", signing.Id);
    }

    [Fact]
    public void Apply_SigningWithoutItsDocuments_IsNamedByItsWitnesses()
    {
        var signing = Signing(Story("The two leaders witnessed the signing."));

        Assert.Equal("signing witnessed by Kassym-Jomart Tokayev and Xi Jinping", signing.Name);
        Assert.Contains("the signing", signing.Aliases.Items);
        Assert.Contains("signing", signing.Aliases.Items);
    }

    [Theory]
    [InlineData("Ministers witnessed the signing of five agreements.")]
    [InlineData("The two leaders attended the signing of five agreements.")]
    public void Apply_NoLeaderWitnesses_IsNoSigning(string sentence) =>
        Assert.DoesNotContain(Story(sentence).Graph.NodesOf<Event>(), e => e.Name.StartsWith("signing", StringComparison.Ordinal));
}
