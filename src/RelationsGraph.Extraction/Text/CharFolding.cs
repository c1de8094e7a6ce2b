namespace RelationsGraph.Extraction.Text;

/// <summary>
/// One-character-to-one-character folding used to compare surface forms with article text.
/// </summary>
/// <remarks>
/// Every function maps a single UTF-16 code unit to a single code unit, so a folded text has the same
/// length as the original and an offset found in the folded text is the same offset in the original.
/// Nothing here depends on the current culture.
/// </remarks>
public static class CharFolding
{
    /// <summary>
    /// Maps typographic variants to one form, keeping case: curly and prime apostrophes to <c>'</c>,
    /// curly double quotes to <c>"</c>, every hyphen and dash (‐ ‑ ‒ – — ― −) to <c>-</c>, every
    /// white-space character (including U+00A0 and line breaks) to a space, and full-width ASCII
    /// forms (U+FF01–U+FF5E) to their ASCII counterparts.
    /// </summary>
    /// <param name="c">The character to normalise.</param>
    /// <returns>The normalised character.</returns>
    public static char NormalizePunctuation(char c)
    {
        if (c < '\u0080')
        {
            return c is '\t' or '\n' or '\r' or '\v' or '\f' ? ' ' : c;
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '\u2032' or '\uFF07' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\uFF02' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            _ when char.IsWhiteSpace(c) => ' ',
            _ => c,
        };
    }

    /// <summary>
    /// Lower-cases a character: ASCII letters directly, other letters by the invariant simple case
    /// mapping (one character to one character).
    /// </summary>
    /// <param name="c">The character to fold.</param>
    /// <returns>The lower-case form, or <paramref name="c"/> itself when it has none.</returns>
    public static char FoldCase(char c)
    {
        if (c < '\u0080')
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>
    /// Maps a precomposed Latin letter with diacritics to its base letter, keeping case: é → e, Ọ → O, ğ → g, İ → I,
    /// and the letters Unicode does not decompose (đ → d, ł → l, ø → o, ı → i, ħ → h; see <see cref="LatinBaseLetters"/>). "Nguyễn Phú Trọng" and
    /// "Nguyen Phu Trong", "Erdoğan" and "Erdogan", "Việt Nam" and "Viet Nam" are the same names: articles write
    /// them both ways, and the knowledge base has one.
    /// </summary>
    /// <param name="c">The character to map.</param>
    /// <returns>The base letter, or <paramref name="c"/> itself when it has no diacritics (ß, æ and œ are letters of their own).</returns>
    public static char RemoveDiacritics(char c)
    {
        if (c < '\u00C0')
        {
            return c;
        }

        if (c <= '\u024F')
        {
            return LatinBaseLetters.Lookup(LatinBaseLetters.Extended, LatinBaseLetters.ExtendedFirst, c);
        }

        return c is >= '\u1E00' and <= '\u1EFF' ? LatinBaseLetters.Lookup(LatinBaseLetters.Additional, LatinBaseLetters.AdditionalFirst, c) : c;
    }

    /// <summary>Applies <see cref="NormalizePunctuation"/> and then <see cref="RemoveDiacritics"/>, keeping case.</summary>
    /// <param name="c">The character to normalise.</param>
    /// <returns>The normalised character.</returns>
    public static char Normalize(char c) => RemoveDiacritics(NormalizePunctuation(c));

    /// <summary>Applies <see cref="NormalizePunctuation"/>, <see cref="RemoveDiacritics"/> and then <see cref="FoldCase"/>.</summary>
    /// <param name="c">The character to fold.</param>
    /// <returns>The folded character.</returns>
    public static char Fold(char c) => FoldCase(RemoveDiacritics(NormalizePunctuation(c)));

    /// <summary>Folds every character of <paramref name="text"/> with <see cref="Fold(char)"/>.</summary>
    /// <param name="text">The text to fold.</param>
    /// <param name="foldCase">Whether to fold case as well as punctuation and diacritics (<see cref="Normalize"/> when false).</param>
    /// <returns>A string of the same length as <paramref name="text"/>.</returns>
    public static string Fold(string text, bool foldCase = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, (text, foldCase), static (span, state) =>
        {
            var source = state.text.AsSpan();
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = state.foldCase ? Fold(source[i]) : Normalize(source[i]);
            }
        });
    }
}
