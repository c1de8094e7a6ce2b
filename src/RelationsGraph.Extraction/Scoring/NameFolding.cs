using System.Globalization;
using System.Text;

namespace RelationsGraph.Extraction.Scoring;

/// <summary>
/// The comparison key of a name: lower case, accents removed, and every character that is not a letter or a
/// digit (punctuation, spaces, quotes, dashes) dropped, so "the Japan-China Joint Communiqué" and
/// "THE JAPAN CHINA JOINT COMMUNIQUE" compare equal.
/// </summary>
public static class NameFolding
{
    /// <summary>The comparison key of <paramref name="name"/>.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
        }

        return builder.ToString();
    }
}
