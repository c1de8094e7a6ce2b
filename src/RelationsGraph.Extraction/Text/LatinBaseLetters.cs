namespace RelationsGraph.Extraction.Text;

/// <summary>
/// The base letter of every code unit of Latin-1 Supplement to Latin Extended-B (U+00C0–U+024F) and of Latin Extended
/// Additional (U+1E00–U+1EFF, where the Vietnamese letters are), for <see cref="CharFolding.RemoveDiacritics"/>.
/// </summary>
/// <remarks>
/// The tables hold one character per code unit of their range, from its first: the ASCII letter that starts the code
/// unit's canonical decomposition when everything after it is a non-spacing mark (é is e and U+0301), or '.' when the
/// code unit stays itself (×, æ, ß, Ð, Ŀ). Đ, Ħ, ı, Ł and Ø, which Unicode does not decompose, are given their base
/// letter by hand. They were generated from the Unicode Character Database (Python's <c>unicodedata</c>) rather than
/// computed with <see cref="string.Normalize()"/> at start-up: the projects run with invariant globalization, where
/// normalization leaves non-ASCII text as it is.
/// </remarks>
internal static class LatinBaseLetters
{
    /// <summary>First code unit of <see cref="Extended"/>.</summary>
    public const char ExtendedFirst = '\u00C0';

    /// <summary>First code unit of <see cref="Additional"/>.</summary>
    public const char AdditionalFirst = '\u1E00';

    /// <summary>Base letters of U+00C0–U+024F.</summary>
    public const string Extended =
        "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLl." +
        ".LlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZz." +
        "................................Oo.............Uu..............." +
        ".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa...." +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............" +
        "................";

    /// <summary>Base letters of U+1E00–U+1EFF.</summary>
    public const string Additional =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm" +
        "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv" +
        "WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe" +
        "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......";

    /// <summary>The base letter of <paramref name="c"/> from <paramref name="table"/> (which starts at <paramref name="first"/>), or <paramref name="c"/>.</summary>
    public static char Lookup(string table, char first, char c)
    {
        var b = table[c - first];
        return b == '.' ? c : b;
    }
}
