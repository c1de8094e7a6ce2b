namespace RelationsGraph.Extraction.Reading;

/// <summary>Consecutive text lines that form one paragraph (inclusive line indexes).</summary>
internal readonly record struct LineBlock(int FirstLine, int LastLine);
