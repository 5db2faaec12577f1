namespace CivicCrm.Departments.Services;

/// <summary>A department as the admin form and the recipe step give it, before validation. Hours: weekday to ranges text.</summary>
public sealed record DepartmentInput(
    string? Code,
    string? Name,
    string? Email,
    string? Phone,
    IReadOnlyList<string> SupervisorEmails,
    IReadOnlyList<string> StaffUserNames,
    string? TimeZoneId,
    IReadOnlyDictionary<DayOfWeek, string?> Hours,
    string? HolidaySet,
    IReadOnlyList<string> Closures);
