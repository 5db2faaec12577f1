using CivicCrm.Security;

namespace CivicCrm.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Create staff accounts, assign roles, disable and unlock accounts");
    public static readonly Permission ManageRoles = new("ManageRoles", "Grant permissions to roles");
    public static readonly Permission ManageApiKeys = new("ManageApiKeys", "Issue and revoke API keys for machine clients");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles, ManageApiKeys];
}
