using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Splits a range of text into tokens in one linear pass, without regular expressions. Hyphenated compounds
/// (<c>Japan-China</c>, <c>face-to-face</c>) and names with inner apostrophes (<c>Xi'an</c>) stay one word;
/// a final <c>'s</c> is a separate possessive token; initialisms keep their full stops (<c>U.S.</c>, <c>H.E.</c>),
/// as do the abbreviations <c>Mr.</c>, <c>Jr.</c> and the like. Every other non-space character is a
/// punctuation token of its own.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "Prof", "Gov", "Sen", "Rep", "Amb", "Hon", "No",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Calif", "Mass", "Inc", "Co",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A per-thread buffer the tokens are read into, then copied out at their exact count.</summary>
    [ThreadStatic]
    private static List<Token>? buffer;

    /// <summary>The tokens of <c>[start, end)</c> of <paramref name="text"/>, in an array of their own.</summary>
    public static Token[] Tokenize(string text, int start, int end) => [.. Read(text, start, end)];

    /// <summary>
    /// The tokens of <c>[start, end)</c> of <paramref name="text"/>, in the thread's buffer: valid until the thread
    /// tokenizes again, for a caller that copies them where it keeps them (a batch's <see cref="SentenceArena"/>).
    /// </summary>
    public static ReadOnlySpan<Token> TokenizeInBuffer(string text, int start, int end) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Read(text, start, end));

    /// <summary>Reads the tokens into the thread's buffer.</summary>
    private static List<Token> Read(string text, int start, int end)
    {
        var tokens = buffer ??= [];
        tokens.Clear();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (TextChars.IsSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, tokens);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (IsApostrophe(c) && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])) && tokens.Count > 0 && tokens[^1].End == i)
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Possessive));
                i += 2;
            }
            else
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                i++;
            }
        }

        return tokens;
    }

    private static int ReadNumber(string text, int i, int end, List<Token> tokens)
    {
        var start = i;
        while (i < end && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]) && i > start)))
        {
            i++;
        }

        while (i < end && char.IsLetter(text[i]) && i - start < 12)
        {
            i++; // ordinal suffix: 30th, 1st, 2nd
        }

        tokens.Add(new Token(start, i, TokenKind.Number));
        return i;
    }

    private static int ReadWord(string text, int i, int end, List<Token> tokens)
    {
        var start = i;
        var segment = i; // start of the part after the last hyphen: "U" in "Japan-U.S."
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if ((TextChars.IsDash(c) || c == '.' || IsApostrophe(c)) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && !IsPossessive(text, i, end))
            {
                if (c == '.' && !(i - segment == 1 || (i - segment >= 3 && text[i - 2] == '.')))
                {
                    break; // only initialisms (U.S., Japan-U.S.) join across a full stop
                }

                i++;
                if (TextChars.IsDash(c))
                {
                    segment = i;
                }
            }
            else
            {
                break;
            }
        }

        if (i < end && text[i] == '.' && (IsInitialism(text, segment, i) || AbbreviationLookup.Contains(text.AsSpan(start, i - start))))
        {
            i++;
        }

        tokens.Add(new Token(start, i, TokenKind.Word));
        return i;
    }

    private static bool IsPossessive(string text, int i, int end) =>
        IsApostrophe(text[i]) && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    private static bool IsInitialism(string text, int start, int end) =>
        end - start == 1 ? char.IsUpper(text[start]) : end - start >= 3 && text[end - 2] == '.';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
