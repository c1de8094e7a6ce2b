using System.Globalization;
using System.Text;

namespace RelationsGraph;

/// <summary>Builds the readable ids of nodes: <c>prefix:slug</c>.</summary>
public static class NodeId
{
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
        var slug = Slug(key);
        if (slug.Length == 0)
        {
            throw new ArgumentException($"'{key}' has no letter or digit to build an id from.", nameof(key));
        }

        return prefix + ":" + slug;
    }

    /// <summary>The slug of <paramref name="text"/>: lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Letters of other scripts keep their code point, so that 习近平 still gets a stable id.
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The prefix of <paramref name="id"/> (the part before the first colon), or an empty string.</summary>
    public static string PrefixOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "" : id[..colon];
    }
}
