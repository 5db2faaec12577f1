using PublicHoliday;

namespace CivicCrm.Departments.Calendar;

/// <summary>The public holiday sets a department can observe, by name.</summary>
public static class HolidaySets
{
    /// <summary>No public holidays; only local closures.</summary>
    public const string None = "None";

    /// <summary>US federal holidays on their observed dates (Saturday holidays on Friday, Sunday holidays on Monday).</summary>
    public const string UsFederal = "US-Federal";

    public static IReadOnlyList<string> All { get; } = [UsFederal, None];

    public static bool IsKnown(string? name) => All.Contains(name ?? "", StringComparer.Ordinal);

    /// <summary>A test for "is this day a public holiday" in the named set. Each call gets its own (caching) holiday calendar.</summary>
    public static Func<DateOnly, bool> Holidays(string name)
    {
        if (name != UsFederal)
        {
            return _ => false;
        }

        var usa = new USAPublicHoliday();
        return day => usa.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue));
    }
}
