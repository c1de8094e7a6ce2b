using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

/// <summary>Styles of address before a name ("His Royal Highness", "HH", "HE"): part of how a person is named, neither a pronoun nor a name.</summary>
public sealed class StylesOfAddressTests
{
    [Theory]
    [InlineData("The talks were attended by His Royal Highness Prince Salman bin Hamad Al Khalifa, and he said so.")]
    [InlineData("His Majesty King Hamad bin Isa Al Khalifa received His Excellency President Joe Biden, and he said so.")]
    [InlineData("Her Majesty Queen Elizabeth met His Holiness Pope Francis, and he said so.")]
    public void Find_StyleOfAddressBeforeAName_IsNoPronoun(string sentence) =>
        Assert.Equal(["he"], Some.MentionTexts(sentence, MentionKind.Pronoun));

    [Theory]
    [InlineData("Amir HH Sheikh Tamim bin Hamad Al Thani met President Joe Biden.", "Tamim bin Hamad Al Thani")]
    [InlineData("HRH Prince Salman bin Hamad Al Khalifa met President Joe Biden.", "Salman bin Hamad Al Khalifa")]
    public void Find_AbbreviatedStyleBeforeAName_IsNoNameOfItsOwn(string sentence, string name) =>
        Assert.Equal([name, "Joe Biden"], Some.MentionTexts(sentence, MentionKind.Leader));

    [Fact]
    public void Find_HisBeforeAnotherCapitalisedWord_IsAPronoun() =>
        Assert.Equal(["His", "he"], Some.MentionTexts("His Government fell, and he said so.", MentionKind.Pronoun));

    [Fact]
    public void Find_ChainOfFathersNames_IsOneNameToTheFamilyName() =>
        Assert.Equal(
            ["Mohammed bin Abdulrahman bin Jassim Al Thani"],
            Some.MentionTexts("He was joined by Foreign Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.", MentionKind.Leader));

    [Fact]
    public void Extract_NameAfterSheikh_HasTheStyledNameAsAnAlias()
    {
        var result = Some.Extract("Dec 5, 2023 08:00", "Doha, Qatar:",
            "Amir HH Sheikh Tamim bin Hamad Al Thani met President Recep Tayyip Erdogan at Lusail Palace yesterday.");
        var amir = result.Graph.GetNode<Leader>("leader:tamim-bin-hamad-al-thani")!;

        Assert.Contains("Sheikh Tamim bin Hamad Al Thani", amir.Aliases.Items);
        Assert.DoesNotContain(result.Graph.GetNode<Leader>("leader:recep-tayyip-erdogan")!.Aliases.Items, a => a.StartsWith("Sheikh", StringComparison.Ordinal));
    }
}
