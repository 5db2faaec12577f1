using System.Globalization;

namespace CivicCrm.Departments.Calendar;

/// <summary>
/// Working hours per weekday, each day a list of ranges such as <c>08:00-12:00, 13:00-17:00</c> (empty: closed).
/// Ranges end after they start, do not overlap, and stay within the day (end at 24:00 at the latest); a night
/// shift is written as two ranges on two days.
/// </summary>
public sealed class WeeklyHours
{
    /// <summary>Monday first, as people read a week.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Days =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly IReadOnlyList<TimeRange>[] _ranges;

    public WeeklyHours(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<TimeRange>> ranges) =>
        _ranges = Enumerable.Range(0, 7).Select(d => ranges.TryGetValue((DayOfWeek)d, out var r) ? r : []).ToArray();

    /// <summary>Monday to Friday, 08:00–17:00.</summary>
    public static WeeklyHours OfficeHours { get; } = new(Days.Take(5).ToDictionary(d => d, _ => (IReadOnlyList<TimeRange>)[new TimeRange(TimeSpan.FromHours(8), TimeSpan.FromHours(17))]));

    public bool IsEmpty => _ranges.All(r => r.Count == 0);

    public IReadOnlyList<TimeRange> For(DayOfWeek day) => _ranges[(int)day];

    /// <summary>One day's ranges as text, e.g. <c>08:00-12:00, 13:00-17:00</c>; empty when closed.</summary>
    public string Format(DayOfWeek day) => string.Join(", ", For(day));

    /// <summary>Parses one day's text. Blank means closed. Returns false with a message that says what to write.</summary>
    public static bool TryParseDay(string? text, out IReadOnlyList<TimeRange> ranges, out string? error)
    {
        ranges = [];
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var list = new List<TimeRange>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length != 2 || !TryParseTime(bounds[0], out var start) || !TryParseTime(bounds[1], out var end))
            {
                error = $"'{part}' is not a range; write ranges like 08:00-12:00, 13:00-17:00.";
                return false;
            }

            if (end <= start)
            {
                error = $"'{part}' ends before it starts; a range must stay within the day (write a night shift as two ranges on two days).";
                return false;
            }

            list.Add(new TimeRange(start, end));
        }

        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Start < list[i - 1].End)
            {
                error = $"'{list[i - 1]}' and '{list[i]}' overlap.";
                return false;
            }
        }

        ranges = list;
        return true;
    }

    private static bool TryParseTime(string text, out TimeSpan time)
    {
        time = default;
        if (text == "24:00")
        {
            time = TimeSpan.FromHours(24);
            return true;
        }

        if (!TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        time = parsed.ToTimeSpan();
        return true;
    }
}
