using System.Text;

namespace RelationsGraph;

/// <summary>Builds the readable ids of nodes: <c>prefix:slug</c>.</summary>
public static class NodeId
{
    /// <summary>
    /// A builder per thread for ids and slugs: extraction makes an id for every topic and name it resolves, and a
    /// builder of its own for each cost more than the id. Cleared before each use; nothing keeps it past the call.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    /// <summary>
    /// The id for <paramref name="key"/> under <paramref name="prefix"/>: the key lower-cased, accents
    /// removed, and every run of other characters turned into one hyphen
    /// (<c>NodeId.Create("leader", "Xi Jinping")</c> is <c>leader:xi-jinping</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The prefix is empty, or the key has no letter or digit.</exception>
    public static string Create(string prefix, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(key);
        var builder = Builder();
        builder.Append(prefix).Append(':');
        if (!AppendSlug(builder, key))
        {
            throw new ArgumentException($"'{key}' has no letter or digit to build an id from.", nameof(key));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The slug of <paramref name="text"/>: lower-case letters and digits joined by single hyphens. Accented Latin
    /// letters become plain ASCII (<c>Erdoğan</c> is <c>erdogan</c>, <c>Nguyễn Phú Trọng</c> is <c>nguyen-phu-trong</c>,
    /// <c>ß</c> is <c>ss</c>), combining accents and apostrophes are dropped, and letters of other scripts keep
    /// their code point (<c>习近平</c> stays <c>习近平</c>).
    /// </summary>
    /// <remarks>
    /// The result does not depend on the machine: it uses no Unicode normalization, which .NET leaves undone in
    /// globalization-invariant mode, but AnyAscii's transliteration of the Latin letters alone.
    /// </remarks>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = Builder();
        AppendSlug(builder, text);
        return builder.ToString();
    }

    /// <summary>The thread's builder, empty.</summary>
    private static StringBuilder Builder() => (cachedBuilder ??= new StringBuilder()).Clear();

    /// <summary>Appends the <see cref="Slug"/> of <paramref name="text"/> to <paramref name="builder"/>; whether it appended anything.</summary>
    private static bool AppendSlug(StringBuilder builder, string text)
    {
        var start = builder.Length;
        var hyphen = false;
        foreach (var c in text)
        {
            if (IsCombiningAccent(c) || c is '\'' or '\u2019')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                hyphen = true;
                continue;
            }

            // An accented Latin letter becomes its ASCII letters (ß, æ and œ give two); ASCII letters and digits, and
            // letters of other scripts, keep their code point, so that 习近平 still gets a stable id.
            var plain = IsAccentedLatin(c) ? AnyAscii.Transliteration.Transliterate(c.ToString()) : null;
            if (plain is { Length: 0 })
            {
                continue;
            }

            if (hyphen && builder.Length > start)
            {
                builder.Append('-');
            }

            hyphen = false;
            if (plain is null)
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            foreach (var p in plain)
            {
                if (char.IsAsciiLetterOrDigit(p))
                {
                    builder.Append(char.ToLowerInvariant(p));
                }
            }
        }

        return builder.Length > start;
    }

    /// <summary>Latin-1 Supplement, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese): the accented Latin letters.</summary>
    private static bool IsAccentedLatin(char c) => c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');

    /// <summary>The combining diacritical marks, as in an already decomposed "e\u0301".</summary>
    private static bool IsCombiningAccent(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>The prefix of <paramref name="id"/> (the part before the first colon), or an empty string.</summary>
    public static string PrefixOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "" : id[..colon];
    }
}
