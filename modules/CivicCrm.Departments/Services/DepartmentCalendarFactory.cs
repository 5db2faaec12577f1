using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Models;

namespace CivicCrm.Departments.Services;

/// <summary>Builds a department's <see cref="BusinessCalendar"/> from its stored hours, holiday set and closures.</summary>
public static class DepartmentCalendarFactory
{
    public static WeeklyHours HoursOf(Department department)
    {
        var ranges = new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>();
        for (var i = 0; i < WeeklyHours.Days.Count && i < department.WeeklyHours.Count; i++)
        {
            // Stored hours were validated on save; a day that no longer parses counts as closed rather than failing every SLA.
            ranges[WeeklyHours.Days[i]] = WeeklyHours.TryParseDay(department.WeeklyHours[i], out var day, out _) ? day : [];
        }

        return new WeeklyHours(ranges);
    }

    public static BusinessCalendar Create(Department department)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(department.TimeZoneId);
        var holidays = HolidaySets.Holidays(department.HolidaySet);
        var closures = department.Closures.ToHashSet();
        return new BusinessCalendar(zone, HoursOf(department), day => closures.Contains(day) || holidays(day));
    }
}
