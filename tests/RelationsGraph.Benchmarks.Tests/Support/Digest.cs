using System.Security.Cryptography;
using System.Text;

namespace RelationsGraph.Benchmarks.Tests.Support;

/// <summary>SHA-256 digests, to pin generated inputs: a change to a generator changes every benchmark's input, so it must be deliberate.</summary>
internal static class Digest
{
    public static string Of(IEnumerable<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
