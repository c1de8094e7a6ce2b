namespace RelationsGraph.Extraction.Reading;

/// <summary>Recognises the footer lines of a news portal: copyright, site identification, registration, editor.</summary>
internal static class FooterRules
{
    /// <summary>Footer lines are short; longer lines are story text whatever they contain.</summary>
    private const int MaxFooterLength = 400;

    private static readonly HashSet<string> EditorLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Editor", "Editors", "Chief Editor", "Chief editor", "Responsible Editor", "Editor in charge",
        "Editor-in-charge", "Editor in Chief", "Editor-in-Chief", "Executive Editor", "Web Editor", "Translator",
        "Proofreader", "Proofreading", "Edited by",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EditorLabelLookup =
        EditorLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCopyright(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxFooterLength)
        {
            return false;
        }

        if (line.Contains('\u00A9') || line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            return line.Length == 3 || char.IsWhiteSpace(line[3]) || char.IsDigit(line[3]);
        }

        if (!line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = line["copyright".Length..].TrimStart();
        return rest.IsEmpty || char.IsDigit(rest[0]) || rest.StartsWith("(c)", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsWebsiteIdentification(ReadOnlySpan<char> line) =>
        line.Length <= MaxFooterLength && line.StartsWith("Website Identification Code", StringComparison.OrdinalIgnoreCase);

    public static bool IsRegistrationNumber(ReadOnlySpan<char> line) =>
        line.Length <= MaxFooterLength &&
        (line.StartsWith("Registration Number", StringComparison.OrdinalIgnoreCase) ||
         line.Contains("ICP\u5907", StringComparison.Ordinal) ||
         line.StartsWith("ICP License", StringComparison.OrdinalIgnoreCase));

    public static bool IsEditor(ReadOnlySpan<char> line)
    {
        if (line.Length > 160)
        {
            return false;
        }

        if (line.StartsWith("Edited by ", StringComparison.OrdinalIgnoreCase))
        {
            return !LineShape.EndsWithFullStop(line);
        }

        return LineShape.TryLabel(line, out var label, out _) && EditorLabelLookup.Contains(label);
    }

    /// <summary>Reads a "Source: Xinhua" line; <paramref name="outlet"/> is the source named, if any.</summary>
    public static bool IsSource(ReadOnlySpan<char> line, out string? outlet)
    {
        outlet = null;
        if (line.Length > 160 || !LineShape.TryLabel(line, out var label, out var value) ||
            !label.Equals("Source", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var bar = value.IndexOf('|');
        var name = (bar >= 0 ? value[..bar] : value).Trim();
        if (!name.IsEmpty && char.IsLetter(name[0]))
        {
            outlet = name.ToString();
        }

        return true;
    }
}
