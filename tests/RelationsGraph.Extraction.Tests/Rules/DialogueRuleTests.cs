using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class DialogueRuleTests
{
    [Fact]
    public void Apply_NamedDialogue_IsADialogueEventWhoseIdIgnoresTheOrderOfItsCountries()
    {
        var first = Some.Story("Officials prepared the India-Japan Strategic Economic Dialogue.");
        var second = Some.Story("Officials prepared the Japan-India Strategic Economic Dialogue.");

        var dialogue = Assert.Single(first.Graph.NodesOf<Event>());
        Assert.Equal(EventKind.Dialogue, dialogue.EventKind);
        Assert.Equal("India-Japan Strategic Economic Dialogue", dialogue.Name);
        Assert.Equal(dialogue.Id, Assert.Single(second.Graph.NodesOf<Event>()).Id);
    }

    [Fact]
    public void Apply_DialogueOfAPairWrittenWithAnAbbreviation_IsNamedWithTheWholePair()
    {
        var result = Some.Story("Tillerson said the two presidents agreed to set up the U.S.-China Comprehensive Dialogue.");

        var dialogue = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Dialogue);
        Assert.Equal("U.S.-China Comprehensive Dialogue", dialogue.Name);
    }
}
