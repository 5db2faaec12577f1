using CivicCrm.Security;

namespace CivicCrm.Departments;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageDepartments = new("ManageDepartments", "Create and edit departments, their staff and business calendars");

    public static readonly Permission ViewDepartments = new("ViewDepartments", "Read the department directory",
        [Roles.Supervisor, Roles.DepartmentStaff, Roles.CallTaker, Roles.Editor]);

    public IEnumerable<Permission> GetPermissions() => [ManageDepartments, ViewDepartments];
}
