namespace CivicCrm.Departments;

/// <summary>
/// A department as other modules see it: who to email, who supervises, who works its queue, and the time zone
/// its business calendar runs in. <see cref="Code"/> is the stable key (upper case, e.g. <c>STREETS</c>).
/// </summary>
public sealed record DepartmentInfo(
    string Code,
    string Name,
    string Email,
    string? Phone,
    IReadOnlyList<string> SupervisorEmails,
    IReadOnlyList<string> StaffUserNames,
    string TimeZoneId);
