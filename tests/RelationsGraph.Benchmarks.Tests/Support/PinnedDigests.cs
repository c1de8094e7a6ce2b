namespace RelationsGraph.Benchmarks.Tests.Support;

/// <summary>The SHA-256 of generated inputs, pinned so that the corpus and graphs stay the same on every .NET version.</summary>
internal static class PinnedDigests
{
    public const string Corpus = "4de95538ebddf2e89c1dad731c606f5ffc10af7d41eda69d9323b5a469fe9a95";

    public const string Graph500 = "5ddc92116d6236fe206dd3f8a3eb60d310526b5052ccf7aeae5a03746b413794";
}
