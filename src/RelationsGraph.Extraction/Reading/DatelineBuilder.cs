using System.Text;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>Turns a <see cref="DatelineMatch"/> into a public <see cref="Dateline"/>, inferring the year.</summary>
internal static class DatelineBuilder
{
    public static Dateline Build(string text, DatelineMatch match, DateOnly? reference)
    {
        DateOnly? date = null;
        var inferred = false;
        if (match.HasDate)
        {
            if (match.Year is { } year)
            {
                date = CalendarDates.Create(year, match.Month, match.Day);
            }
            else if (reference is { } day)
            {
                date = CalendarDates.Nearest(match.Month, match.Day, day);
                inferred = date is not null;
            }
        }

        var place = CollapseSpaces(text.AsSpan(match.PlaceStart, match.PlaceEnd - match.PlaceStart));
        return new Dateline(
            new TextRange(match.Start, match.End), new TextRange(match.PlaceStart, match.PlaceEnd), place, date, inferred, match.OutletTag);
    }

    private static string CollapseSpaces(ReadOnlySpan<char> place)
    {
        var builder = new StringBuilder(place.Length);
        var space = false;
        foreach (var c in place)
        {
            if (TextChars.IsSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
