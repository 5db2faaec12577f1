namespace CivicCrm.Departments.Calendar;

/// <summary>
/// Working-time arithmetic in one time zone: weekly hours, minus closed days (holidays, local closures). Pure: no
/// clock, no database. A working range counts the real time that passes in it, so a range spanning a daylight
/// saving change is an hour shorter or longer that day. A local time in the spring-forward gap is moved forward by
/// the gap (02:30 becomes 03:30); a local time that occurs twice means its first occurrence.
/// </summary>
public sealed class BusinessCalendar(TimeZoneInfo zone, WeeklyHours hours, Func<DateOnly, bool> isClosedDay)
{
    /// <summary>How far ahead <see cref="Add"/> looks for working time before it gives up (a calendar without any).</summary>
    private const int MaxDays = 5 * 366;

    public TimeZoneInfo Zone => zone;

    /// <summary>The instant reached after <paramref name="work"/> of working time from <paramref name="start"/>, in the calendar's time zone.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan work)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(work, TimeSpan.Zero);
        if (work == TimeSpan.Zero)
        {
            return InZone(start);
        }

        var remaining = work;
        var firstDay = LocalDate(start);
        foreach (var (open, close) in Windows(firstDay, firstDay.AddDays(MaxDays)))
        {
            var from = open > start ? open : start;
            if (from >= close)
            {
                continue;
            }

            var available = close - from;
            if (remaining <= available)
            {
                return InZone(from + remaining);
            }

            remaining -= available;
        }

        throw new InvalidOperationException($"The calendar has no working time in the {MaxDays} days after {start:O}.");
    }

    /// <summary>Working time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        foreach (var (open, close) in Windows(LocalDate(from), LocalDate(to)))
        {
            var a = open > from ? open : from;
            var b = close < to ? close : to;
            if (b > a)
            {
                total += b - a;
            }
        }

        return total;
    }

    /// <summary>The working windows of the local days from <paramref name="first"/> to <paramref name="last"/>, as UTC instants, in order.</summary>
    private IEnumerable<(DateTimeOffset Open, DateTimeOffset Close)> Windows(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (isClosedDay(day))
            {
                continue;
            }

            foreach (var range in hours.For(day.DayOfWeek))
            {
                var open = ToInstant(day, range.Start);
                var close = ToInstant(day, range.End);
                if (close > open)
                {
                    yield return (open, close);
                }
            }
        }
    }

    private DateTimeOffset ToInstant(DateOnly day, TimeSpan timeOfDay)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified) + timeOfDay;
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // In the spring-forward gap: with the offset in force before the gap, the time lands just after it.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private DateTimeOffset InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);
}
