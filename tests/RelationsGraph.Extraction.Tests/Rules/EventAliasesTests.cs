using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class EventAliasesTests
{
    [Theory]
    [InlineData("Biden's Trilateral Meeting", "Trilateral Meeting")]
    [InlineData("Biden\u2019s talks in Hanoi", "talks in Hanoi")]
    [InlineData("leaders' first face-to-face meeting", "first face-to-face meeting")]
    [InlineData("the two countries\u2019 annual summit", "annual summit")]
    public void WithoutPossessor_PhraseWithAPossessor_IsThePhraseAfterIt(string form, string expected) =>
        Assert.Equal(expected, EventAliases.WithoutPossessor(form));

    [Theory]
    [InlineData("APEC Economic Leaders' Meeting")]
    [InlineData("the summit")]
    [InlineData("Leaders' Summit")]
    public void WithoutPossessor_NameWithAPluralPossessiveOrNoPossessor_IsNull(string form) =>
        Assert.Null(EventAliases.WithoutPossessor(form));
}
