using System.Globalization;

namespace RelationsGraph;

/// <summary>
/// A calendar date known to the day, to the month or to the year only: news copy says
/// "on Aug. 12, 1978", "in August 1978" or "in 1978", and the graph keeps exactly what was said.
/// </summary>
/// <remarks>
/// Written and read as ISO 8601 (<c>1978-08-12</c>, <c>1978-08</c>, <c>1978</c>). Dates sort
/// chronologically, and a less precise date sorts before the more precise dates it contains
/// (<c>1978</c> &lt; <c>1978-08</c> &lt; <c>1978-08-12</c> &lt; <c>1978-09</c>).
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>, IComparable
{
    /// <summary>Creates a date; <paramref name="month"/> and <paramref name="day"/> may be left out, in that order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a calendar date, or a day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(month));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(m, 12, nameof(month));
            if (day is { } d)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(d, 1, nameof(day));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(d, DateTime.DaysInMonth(year, m), nameof(day));
            }
        }
        else if (day is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(day), "A day needs a month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>The exact day, when the date is known to the day.</summary>
    public DateOnly? ExactDate => Day is { } d ? new DateOnly(Year, Month!.Value, d) : null;

    /// <summary>A date known to the day.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is none of those.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; false when <paramref name="text"/> is none of those.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10)
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        int? month = null, day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = (Month ?? 0).CompareTo(other.Month ?? 0);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj is PartialDate other ? CompareTo(other) : throw new ArgumentException("Not a PartialDate.", nameof(obj));

    /// <summary>ISO 8601 at the date's precision.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>The most UTF-8 bytes <see cref="FormatUtf8"/> writes (<c>yyyy-MM-dd</c>).</summary>
    internal const int MaxUtf8Length = 10;

    /// <summary>Writes what <see cref="ToString"/> gives, as UTF-8, into <paramref name="destination"/> (at least <see cref="MaxUtf8Length"/> bytes); returns the bytes written.</summary>
    internal int FormatUtf8(Span<byte> destination)
    {
        // A default PartialDate has year 0, which ToString writes as 0000 too.
        WriteDigits(destination[..4], Year);
        if (Month is not { } month)
        {
            return 4;
        }

        destination[4] = (byte)'-';
        WriteDigits(destination.Slice(5, 2), month);
        if (Day is not { } day)
        {
            return 7;
        }

        destination[7] = (byte)'-';
        WriteDigits(destination.Slice(8, 2), day);
        return 10;
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Compares chronologically.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares chronologically.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares chronologically.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares chronologically.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
