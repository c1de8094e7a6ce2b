using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// The member names of <typeparamref name="T"/> encoded once for JSON, indexed by value, so that writing an enum
/// copies bytes instead of building its name with <see cref="Enum.ToString()"/>.
/// </summary>
/// <typeparam name="T">An enum whose defined values are small non-negative <see cref="int"/>s (the generated enums).</typeparam>
internal static class EnumJsonText<T>
    where T : struct, Enum
{
    /// <summary>Values from 0 up to this bound get a table entry; others, if any, are written through <see cref="Enum.ToString()"/>.</summary>
    private const int MaxTableLength = 1024;

    private static readonly JsonEncodedText?[] ByValue = Build();

    /// <summary>The encoded name of <paramref name="value"/>; false when the table does not hold it (not a defined value, or not a small int).</summary>
    public static bool TryGet(T value, out JsonEncodedText text)
    {
        var index = Index(value);
        if ((uint)index < (uint)ByValue.Length && ByValue[index] is { } found)
        {
            text = found;
            return true;
        }

        text = default;
        return false;
    }

    private static int Index(T value) => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.BitCast<T, int>(value) : -1;

    private static JsonEncodedText?[] Build()
    {
        var values = Enum.GetValues<T>();
        var length = 0;
        foreach (var value in values)
        {
            var index = Index(value);
            if (index >= 0 && index < MaxTableLength)
            {
                length = Math.Max(length, index + 1);
            }
        }

        var table = new JsonEncodedText?[length];
        foreach (var value in values)
        {
            var index = Index(value);
            if (index >= 0 && index < length)
            {
                table[index] = JsonEncodedText.Encode(value.ToString(), JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            }
        }

        return table;
    }
}
