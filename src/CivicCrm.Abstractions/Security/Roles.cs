namespace CivicCrm.Security;

/// <summary>The role names the platform knows about. Administrator holds every permission.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Supervisor = "Supervisor";
    public const string DepartmentStaff = "DepartmentStaff";
    public const string CallTaker = "CallTaker";
    public const string Editor = "Editor";
}
