namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Recognises photo captions by their credit: "[Photo/Xinhua]", "[Photo by Jane Doe/China Daily]", "(Xinhua/Jane Doe)",
/// and a labelled credit after the caption's last sentence ("... on Tuesday. Photo: Reuters").
/// </summary>
internal static class CaptionRule
{
    private const int MaxCreditLength = 80;

    private static readonly string[] CreditLabels = ["Photo:", "Photograph:", "Picture:", "Image:", "Photo credit:", "Credit:", "Photo |", "Photo by"];

    /// <summary>Words that label a caption at the start of its line.</summary>
    private static readonly string[] PhotoLabels = ["Photo", "Photos", "Photograph", "Picture", "Image", "Caption", "Photo caption", "Image caption", "Photo credit", "Image credit"];

    /// <summary>Buttons a page puts before a photo's caption (NPR's "Enlarge this image"): the line after one is the caption.</summary>
    private static readonly string[] CaptionOpeners = ["Enlarge this image", "Enlarge image", "Expand this image", "Expand image", "View image in fullscreen"];

    /// <summary>Buttons a page puts after a photo's caption and credit ("hide caption", "toggle caption").</summary>
    private static readonly string[] CaptionClosers = ["hide caption", "toggle caption", "show caption"];

    /// <summary>Whether the line is a button that opens a photo: the next line of text is its caption.</summary>
    public static bool OpensCaption(ReadOnlySpan<char> line) => IsAnyOf(line.Trim(), CaptionOpeners);

    /// <summary>Whether the line is a button that ends a photo's caption.</summary>
    public static bool ClosesCaption(ReadOnlySpan<char> line) => IsAnyOf(line.Trim(), CaptionClosers);

    private static bool IsAnyOf(ReadOnlySpan<char> line, string[] buttons)
    {
        foreach (var button in buttons)
        {
            if (line.Equals(button, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text ends with a photo credit in square or round brackets, or after a finished sentence ("... on Tuesday. Photo: Reuters").</summary>
    public static bool EndsWithCredit(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.Length < 3)
        {
            return false;
        }

        var open = OpenerOf(text[^1]);
        if (open == '\0')
        {
            return EndsWithLabelledCredit(text) || EndsWithCreditedPhoto(text);
        }

        var window = text[Math.Max(0, text.Length - MaxCreditLength - 2)..];
        var at = window.LastIndexOf(open);
        return at >= 0 && IsCredit(window[(at + 1)..^1], open);
    }

    /// <summary>
    /// Whether a caption line ends with a bare credit in round brackets after its finished sentence: "President Cyril
    /// Ramaphosa welcomes Chinese President Xi Jinping at the Union Buildings in Pretoria. (GCIS)". The credit is one to
    /// three capitalised words and no outlet of <paramref name="outlets"/> ("... the ministry said. (AFP)" credits the
    /// story's source, not a photo).
    /// </summary>
    public static bool EndsWithBareCredit(ReadOnlySpan<char> line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets)
    {
        line = line.TrimEnd();
        if (line.Length < 4 || line[^1] != ')')
        {
            return false;
        }

        var open = line.LastIndexOf('(');
        var before = open > 0 ? line[..open].TrimEnd() : default;
        return open > 0 && !before.IsEmpty && before[^1] is '.' or '!' or '?' && IsBareCredit(line[(open + 1)..^1], outlets);
    }

    /// <summary>
    /// Whether a caption line opens with a bare credit in round brackets before a finished, capitalised sentence: "(GCIS)
    /// Ramaphosa and Xi inspect the guard of honour at the Union Buildings." An outlet there opens a story ("(Reuters)
    /// -"), and a tag before a headline, which has no full stop, marks the story ("(LEAD) Yoon, Kishida agree to ...").
    /// </summary>
    public static bool StartsWithBareCredit(ReadOnlySpan<char> line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets)
    {
        if (line.Length < 4 || line[0] != '(')
        {
            return false;
        }

        var close = line.IndexOf(')');
        var after = close > 0 ? line[(close + 1)..].TrimStart() : default;
        return close > 0 && !after.IsEmpty && char.IsUpper(after[0]) && LineShape.EndsWithFullStop(after) && IsBareCredit(line[1..close], outlets);
    }

    /// <summary>
    /// Whether a line opens with a photo label, a colon and a capitalised word: "Photo/Illustration: Prime Minister
    /// Shigeru Ishiba, left, and ..." (The Asahi Shimbun), "Photo: The two leaders shake hands ...", "[Image: ...]". The
    /// label is one of <see cref="PhotoLabels"/>, alone or before a slash and one more word, after an opening bracket or not.
    /// </summary>
    public static bool StartsWithPhotoLabel(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon + 2 >= line.Length || line[colon + 1] != ' ' || !char.IsUpper(line[colon + 2]))
        {
            return false;
        }

        var label = line[..colon];
        if (label.StartsWith('['))
        {
            label = label[1..]; // "[Image: Taoiseach Leo Varadkar and ... Photograph: ...]": the caption as a scraper brackets it
        }

        var slash = label.IndexOf('/');
        if (slash >= 0)
        {
            var second = label[(slash + 1)..];
            if (second.IsEmpty || second.Contains(' ') || !IsLettersAndSpaces(second))
            {
                return false;
            }

            label = label[..slash];
        }

        foreach (var known in PhotoLabels)
        {
            if (label.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of a photo credit at the very start of the text (with the spaces after it), or 0.</summary>
    public static int CreditAtStart(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var close = CloserOf(text[0]);
        if (close == '\0')
        {
            return 0;
        }

        var window = text[..Math.Min(text.Length, MaxCreditLength + 2)];
        var at = window.IndexOf(close);
        if (at < 0 || !IsCredit(window[1..at], text[0]))
        {
            return 0;
        }

        var end = at + 1;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// "... during a reception at the Kremlin on Tuesday. Photo: Reuters", "... on May 23, 2024. PHOTO | PCS", "... in
    /// Hanoi, December 12, 2023. Photo by Vietnam News Agency": a credit label after a full stop, then a short credit. A
    /// barred credit alone on its line ("PHOTO | PCS") is left to <see cref="IsCreditLine"/>, which takes the line above
    /// it as its caption.
    /// </summary>
    private static bool EndsWithLabelledCredit(ReadOnlySpan<char> text)
    {
        var window = text[Math.Max(0, text.Length - MaxCreditLength)..];

        // Nearly every label ends with a colon or a bar, which most sentences lack, and a vectorized search says so at once.
        if (!window.ContainsAny(':', '|') && !window.Contains("Photo by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var label in CreditLabels)
        {
            var at = window.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var credit = window[(at + label.Length)..].Trim();
            var before = text[..(text.Length - window.Length + at)].TrimEnd();
            if (!credit.IsEmpty && char.IsUpper(credit[0]) && LineShape.CountWords(credit, 5) <= 4 && !LineShape.EndsWithFullStop(credit)
                && (before.IsEmpty ? label[^1] == ':' : before[^1] is '.' or '!' or '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "... at Malacañang Palace on Friday. PCO photo", "... in Seoul. Yonhap photo": after the caption's last sentence,
    /// the source's name of one to three capitalized words and "photo".
    /// </summary>
    private static bool EndsWithCreditedPhoto(ReadOnlySpan<char> text)
    {
        if (!text.EndsWith(" photo", StringComparison.OrdinalIgnoreCase) && !text.EndsWith(" photos", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = text[..text.LastIndexOf(' ')].TrimEnd();
        for (var words = 0; words < 3; words++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word.IsEmpty || !char.IsUpper(word[0]) || space < 0)
            {
                return false;
            }

            before = before[..space].TrimEnd();
            if (!before.IsEmpty && before[^1] is '.' or '!' or '?')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCredit(ReadOnlySpan<char> inner, char open)
    {
        inner = inner.Trim();
        if (inner.IsEmpty || inner.Length > MaxCreditLength)
        {
            return false;
        }

        if (inner.StartsWith("Photo", StringComparison.OrdinalIgnoreCase) ||
            inner.StartsWith("Image", StringComparison.OrdinalIgnoreCase) ||
            inner.StartsWith("Picture", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "(Xinhua/Jane Doe)": an agency of one or two capitalised words, a slash, a photographer.
        var slash = inner.IndexOf('/');
        if (open != '(' || slash <= 0)
        {
            return false;
        }

        var agency = inner[..slash].Trim();
        var who = inner[(slash + 1)..].Trim();
        return agency.Length is > 1 and <= 24 && char.IsUpper(agency[0]) && LineShape.CountWords(agency, 2) <= 2 &&
               IsLettersAndSpaces(agency) && !who.IsEmpty && !LineShape.HasSentencePunctuation(who);
    }

    /// <summary>
    /// Whether a line is a photo's credit alone: a source and a photographer or agency around a slash ("Pool/Getty
    /// Images", "Evan Vucci/AP"), an agency's images ("Getty Images", "AFP via Getty Images"), or a photo label and a bar
    /// or colon before the credit ("PHOTO | PCS", as Kenya's Daily Nation puts it under a caption). Capitalised words
    /// only ("via" aside), so that no sentence reads as one.
    /// </summary>
    public static bool IsCreditLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 2 or > MaxCreditLength || LineShape.CountWords(line, 7) > 6)
        {
            return false;
        }

        if (LabelledCreditLength(line) > 0)
        {
            return IsLabelledCreditLine(line);
        }

        var slash = line.IndexOf('/');
        if (slash > 0)
        {
            var source = line[..slash].Trim();
            var taker = line[(slash + 1)..].Trim();
            return !source.IsEmpty && !taker.IsEmpty && taker.IndexOf('/') < 0 && LineShape.IsCapitalisedWords(source) && LineShape.IsCapitalisedWords(taker);
        }

        if (!line.EndsWith(" Images", StringComparison.Ordinal))
        {
            return false;
        }

        var via = line.IndexOf(" via ", StringComparison.Ordinal);
        return via > 0 ? LineShape.IsCapitalisedWords(line[..via]) && LineShape.IsCapitalisedWords(line[(via + 5)..]) : LineShape.IsCapitalisedWords(line);
    }

    /// <summary>Whether a line is a photo label, a bar or colon, and a credit of capitalised words: "PHOTO | PCS", "Photo: Reuters".</summary>
    public static bool IsLabelledCreditLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var label = LabelledCreditLength(line);
        return label > 0 && line.Length <= MaxCreditLength && LineShape.IsCapitalisedWords(line[label..].Trim());
    }

    /// <summary>
    /// The length of a photo label and the bar or colon after it at the start of a credit line ("PHOTO | ", "Photo: "), or
    /// 0 when the line opens with none.
    /// </summary>
    private static int LabelledCreditLength(ReadOnlySpan<char> line)
    {
        foreach (var label in PhotoLabels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var rest = line[label.Length..].TrimStart();
                return rest.Length > 1 && rest[0] is '|' or ':' ? line.Length - rest.Length + 1 : 0;
            }
        }

        return 0;
    }

    /// <summary>"GCIS", "Getty Images": one to three capitalised words, and no outlet (those credit stories).</summary>
    private static bool IsBareCredit(ReadOnlySpan<char> inner, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets)
    {
        inner = inner.Trim();
        return inner.Length is > 1 and <= MaxCreditLength && LineShape.CountWords(inner, 4) <= 3 && LineShape.IsCapitalisedWords(inner) && !outlets.Contains(inner);
    }

    private static bool IsLettersAndSpaces(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static char OpenerOf(char close) => close switch
    {
        ']' => '[',
        ')' => '(',
        '\u3011' => '\u3010',
        '\uFF09' => '\uFF08',
        _ => '\0',
    };

    private static char CloserOf(char open) => open switch
    {
        '[' => ']',
        '(' => ')',
        '\u3010' => '\u3011',
        '\uFF08' => '\uFF09',
        _ => '\0',
    };
}
