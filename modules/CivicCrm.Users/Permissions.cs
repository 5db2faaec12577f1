using CivicCrm.Security;

namespace CivicCrm.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageApiKeys = new("ManageApiKeys", "Issue and revoke API keys for machine clients");

    public IEnumerable<Permission> GetPermissions() => [ManageApiKeys];
}
