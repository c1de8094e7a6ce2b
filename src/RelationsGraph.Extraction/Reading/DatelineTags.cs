using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// The outlet tags a dateline may carry after its place and date, for <see cref="DatelineParser"/>: in brackets
/// ("(Xinhua)"), between slashes (TASS's "/TASS/."), after a comma ("..., SPA --") or bare before a dash ("CNN —").
/// Each reader moves the cursor past the tag it reads, and leaves it where it was when there is none.
/// </summary>
internal static class DatelineTags
{
    private const int MaxTagLength = 40;

    /// <summary>The longest outlet in capitals with no brackets before a dash ("CNN").</summary>
    private const int MaxBareTagLength = 6;

    /// <summary>The longest outlet in capitals after a comma ("SPA", "BERNAMA").</summary>
    private const int MaxCommaTagLength = 10;

    /// <summary>
    /// "Riyadh, December 08, 2022, SPA -- ...": after a dateline's date, an outlet in capitals set off by a comma, with
    /// the dash after it (read by the caller).
    /// </summary>
    public static string? TryReadCommaTag(ref TextCursor cursor)
    {
        var start = cursor.Position;
        if (!cursor.TryRead(','))
        {
            return null;
        }

        cursor.SkipSpaces();
        var rest = cursor.Rest;
        var (length, _) = CapitalsBeforeDash(rest, MaxCommaTagLength);
        if (length == 0)
        {
            cursor.Position = start;
            return null;
        }

        cursor.Position += length;
        return rest[..length].ToString();
    }

    /// <summary>TASS's form: "SOCHI, September 4. /TASS/." (a full stop, the outlet between slashes, a full stop).</summary>
    public static string? TryReadSlashTag(ref TextCursor cursor)
    {
        var start = cursor.Position;
        cursor.TryRead('.');
        cursor.SkipSpaces();
        if (!cursor.Is('/'))
        {
            cursor.Position = start;
            return null;
        }

        var rest = cursor.Rest;
        var close = rest[1..Math.Min(rest.Length, MaxTagLength + 2)].IndexOf('/') + 1;
        var inner = close > 1 ? rest[1..close] : default;
        if (inner.IsEmpty || !IsOutletName(inner))
        {
            cursor.Position = start;
            return null;
        }

        cursor.Position += close + 1;
        cursor.TryRead('.');
        return inner.ToString();
    }

    private static bool IsOutletName(ReadOnlySpan<char> inner)
    {
        if (!char.IsUpper(inner[0]))
        {
            return false;
        }

        foreach (var c in inner)
        {
            if (!(char.IsLetter(c) || c is ' ' or '.' or '-' or '&' or '/' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An outlet in round brackets: "(Xinhua)", "(AP)".</summary>
    public static string? TryReadTag(ref TextCursor cursor)
    {
        if (!cursor.Is('('))
        {
            return null;
        }

        var rest = cursor.Rest;
        var close = rest[..Math.Min(rest.Length, MaxTagLength + 2)].IndexOf(')');
        if (close < 2)
        {
            return null;
        }

        var inner = rest[1..close].Trim();
        if (inner.IsEmpty || !IsOutletName(inner))
        {
            return null;
        }

        cursor.Position += close + 1;
        return inner.ToString();
    }

    /// <summary>
    /// CNN's form, "Lima, Peru CNN —": an outlet in capitals (two to six letters) with no brackets, read only when a
    /// space and a dash follow it (left for the caller to read).
    /// </summary>
    public static string? TryReadBareTag(ref TextCursor cursor)
    {
        var length = BareTagLength(cursor.Rest);
        if (length == 0)
        {
            return null;
        }

        var tag = cursor.Rest[..length].ToString();
        cursor.Position += length;
        return tag;
    }

    /// <summary>The length of the bare outlet that opens <paramref name="rest"/> ("CNN —"), or 0.</summary>
    public static int BareTagLength(ReadOnlySpan<char> rest) =>
        CapitalsBeforeDash(rest, MaxBareTagLength) is (> 0 and var length, var dash) && dash == length + 1 ? length : 0;

    /// <summary>
    /// The capitals (two to <paramref name="max"/>) that open <paramref name="rest"/> when spaces and a dash follow them,
    /// and where the dash is; (0, 0) when they do not.
    /// </summary>
    private static (int Length, int Dash) CapitalsBeforeDash(ReadOnlySpan<char> rest, int max)
    {
        var length = 0;
        while (length < rest.Length && length <= max && char.IsAsciiLetterUpper(rest[length]))
        {
            length++;
        }

        var dash = length;
        while (dash < rest.Length && TextChars.IsSpace(rest[dash]))
        {
            dash++;
        }

        return length < 2 || length > max || dash == length || dash >= rest.Length || !TextChars.IsDash(rest[dash]) ? (0, 0) : (length, dash);
    }
}
