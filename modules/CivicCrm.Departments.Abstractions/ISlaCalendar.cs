namespace CivicCrm.Departments;

/// <summary>
/// SLA arithmetic in a department's calendar. Business hours follow the department's working hours, public
/// holidays and local closures in its time zone (daylight saving changes included); calendar hours are real
/// elapsed time. An unknown department code with <see cref="SlaClock.BusinessHours"/> throws
/// <see cref="ArgumentException"/>.
/// </summary>
public interface ISlaCalendar
{
    /// <summary>The instant reached after <paramref name="hours"/> of working (or calendar) time from <paramref name="start"/> in the department's calendar.</summary>
    Task<DateTimeOffset> AddAsync(string departmentCode, DateTimeOffset start, double hours, SlaClock clock, CancellationToken cancellationToken = default);

    /// <summary>Working (or calendar) hours between two instants, e.g. to exclude time on hold.</summary>
    Task<double> HoursBetweenAsync(string departmentCode, DateTimeOffset from, DateTimeOffset to, SlaClock clock, CancellationToken cancellationToken = default);
}
