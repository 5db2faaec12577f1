using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Models;

namespace CivicCrm.Departments.Services;

/// <summary><see cref="ISlaCalendar"/> over the stored departments; the arithmetic is <see cref="BusinessCalendar"/>'s.</summary>
public sealed class SlaCalendar(DepartmentStore store) : ISlaCalendar
{
    private readonly Dictionary<string, BusinessCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);

    public async Task<DateTimeOffset> AddAsync(string departmentCode, DateTimeOffset start, double hours, SlaClock clock, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        if (clock == SlaClock.CalendarHours)
        {
            return start + TimeSpan.FromHours(hours);
        }

        return (await CalendarAsync(departmentCode, cancellationToken)).Add(start, TimeSpan.FromHours(hours));
    }

    public async Task<double> HoursBetweenAsync(string departmentCode, DateTimeOffset from, DateTimeOffset to, SlaClock clock, CancellationToken cancellationToken = default)
    {
        if (clock == SlaClock.CalendarHours)
        {
            return to > from ? (to - from).TotalHours : 0;
        }

        return (await CalendarAsync(departmentCode, cancellationToken)).Between(from, to).TotalHours;
    }

    /// <summary>One calendar per department and scope, so a request computing several dates reads the department once.</summary>
    private async Task<BusinessCalendar> CalendarAsync(string code, CancellationToken cancellationToken)
    {
        if (_calendars.TryGetValue(code, out var calendar))
        {
            return calendar;
        }

        var department = await store.FindAsync(code, cancellationToken)
            ?? throw new ArgumentException($"There is no department with the code '{code}'.", nameof(code));
        return _calendars[code] = DepartmentCalendarFactory.Create(department);
    }
}
