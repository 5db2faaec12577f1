namespace CivicCrm.Departments.Endpoints;

/// <summary>A department in the JSON API. <c>Hours</c> maps lower-case weekday names to ranges text (empty: closed).</summary>
public sealed record DepartmentDto(
    string Code,
    string Name,
    string Email,
    string? Phone,
    IReadOnlyList<string> SupervisorEmails,
    IReadOnlyList<string> StaffUserNames,
    string TimeZoneId,
    IReadOnlyDictionary<string, string> Hours,
    string HolidaySet,
    IReadOnlyList<DateOnly> Closures);
