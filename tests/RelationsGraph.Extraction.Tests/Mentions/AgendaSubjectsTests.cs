using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class AgendaSubjectsTests
{
    private static string[] Topics(string text) => Some.MentionTexts(text, MentionKind.Topic);

    [Theory]
    [InlineData("Trade was also high on the agenda.", new[] { "Trade" })]
    [InlineData("Infrastructure was also discussed.", new[] { "Infrastructure" })]
    [InlineData("Shipbuilding was one of the main topics of the visit.", new[] { "Shipbuilding" })]
    [InlineData("Shipbuilding and fisheries were among the issues raised.", new[] { "Shipbuilding", "fisheries" })]
    [InlineData("Shipbuilding was at the top of the agenda.", new[] { "Shipbuilding" })]
    [InlineData("The grain corridor was a key topic.", new[] { "grain corridor" })]
    [InlineData("Cooperation on shipbuilding and fisheries was also discussed.", new[] { "shipbuilding", "fisheries" })]
    [InlineData("The security environment in the region and beyond was also discussed.", new[] { "security environment in the region" })]
    public void Find_SubjectsOfAPredicateOfTheAgenda_AreTopics(string sentence, string[] topics) =>
        Assert.Equal(topics, Topics(sentence));

    [Theory]
    [InlineData("Shipbuilding was a success story.")]
    [InlineData("Prices were raised to 25 dollars.")]
    [InlineData("Shipbuilding remains strong in the region.")]
    [InlineData("The meeting was the central point of the visit.")]
    [InlineData("NATO was also on the agenda.")]
    public void Find_SubjectOfAnotherPredicate_IsNoTopic(string sentence) =>
        Assert.Empty(Topics(sentence));

    [Fact]
    public void Find_AppositiveAfterTheSubject_IsNoItem() =>
        Assert.Equal(["Shipbuilding"], Topics("Shipbuilding, a priority of the new government, was also on the table."));

    [Fact]
    public void Find_AppositiveAfterACueList_EndsTheList() =>
        Assert.Equal(
            ["shipbuilding", "fisheries"],
            Topics("Cooperation on shipbuilding and fisheries, a priority for the port city since the 1990s, was also discussed."));
}
