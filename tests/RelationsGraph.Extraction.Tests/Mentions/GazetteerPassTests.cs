using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

/// <summary>Names the gazetteers find as the knowledge base writes them or otherwise.</summary>
public sealed class GazetteerPassTests
{
    [Theory]
    [InlineData("Việt Nam and the US agreed.", "Việt Nam", MentionKind.Country)]
    [InlineData("Erdoğan flew to Athens.", "Erdoğan", MentionKind.Leader)]
    [InlineData("Nguyễn Phú Trọng received Biden.", "Nguyễn Phú Trọng", MentionKind.Leader)]
    public void Find_NameWrittenWithDiacriticsTheKnowledgeBaseLacks_IsFound(string text, string name, MentionKind kind) =>
        Assert.Contains(Some.Sentence(text).Mentions, m => m.Kind == kind && m.Text == name);
}
