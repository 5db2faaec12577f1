namespace CivicCrm.Departments.ViewModels;

/// <summary>A line of the departments list.</summary>
public sealed record DepartmentRow(string Code, string Name, string Email, string? Phone, string TimeZoneId, int StaffCount, string Hours);
