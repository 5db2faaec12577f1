using CivicCrm.Departments.Calendar;

namespace CivicCrm.Departments.Models;

/// <summary>A department of the city, with the business calendar its SLA targets run on.</summary>
public sealed class Department
{
    public int Id { get; set; }

    /// <summary>Upper case, unique, never changed after creation: other modules store it.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public List<string> SupervisorEmails { get; set; } = [];
    public List<string> StaffUserNames { get; set; } = [];

    /// <summary>An IANA time zone id such as <c>America/Chicago</c>.</summary>
    public string TimeZoneId { get; set; } = "";

    /// <summary>Seven entries, Monday first, each a day's ranges as <see cref="WeeklyHours.Format"/> writes them; empty when closed.</summary>
    public List<string> WeeklyHours { get; set; } = [];

    /// <summary>One of <see cref="HolidaySets.All"/>.</summary>
    public string HolidaySet { get; set; } = HolidaySets.UsFederal;

    /// <summary>Local closure days on top of the public holidays (snow days, a city holiday).</summary>
    public List<DateOnly> Closures { get; set; } = [];

    public DateTime UpdatedUtc { get; set; }
}
