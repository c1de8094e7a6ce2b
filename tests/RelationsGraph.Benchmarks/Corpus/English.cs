using System.Globalization;

namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>Number and date wording in wire-service style.</summary>
internal static class English
{
    private static readonly string[] ApMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"1st", "2nd", "3rd", "11th", "45th".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>"Nov. 16" (Xinhua, AP, Yonhap datelines).</summary>
    public static string ApDate(DateOnly date) => ApMonths[date.Month - 1] + " " + date.Day.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Nov 16" (Reuters datelines).</summary>
    public static string ShortDate(DateOnly date) => ShortMonths[date.Month - 1] + " " + date.Day.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Nov 16, 2023" (captions and page stamps).</summary>
    public static string LongDate(DateOnly date) => ShortDate(date) + ", " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Thursday".</summary>
    public static string Weekday(DateOnly date) => date.DayOfWeek.ToString();

    /// <summary>How many words <paramref name="text"/> has, counting runs of non-space characters.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
