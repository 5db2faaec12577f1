using CivicCrm.Security;

namespace CivicCrm.Users.Services;

/// <summary>The roles every city starts with; recipes may add more.</summary>
public static class StaffRoles
{
    public static IReadOnlyList<string> Defaults { get; } =
        [Roles.Administrator, Roles.Supervisor, Roles.DepartmentStaff, Roles.CallTaker, Roles.Editor];
}
