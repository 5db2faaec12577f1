using CivicCrm.Security;

namespace CivicCrm.Features;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features");

    public IEnumerable<Permission> GetPermissions() => [ManageFeatures];
}
