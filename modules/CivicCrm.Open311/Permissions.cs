using CivicCrm.Security;

namespace CivicCrm.Open311;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission SubmitOpen311 = new("SubmitOpen311", "File requests and residents' updates through Open311 (for the API keys of apps)");

    public static readonly Permission ManageOpen311 = new("ManageOpen311", "Configure Open311: jurisdiction, rate limit, batch services, discovery");

    public IEnumerable<Permission> GetPermissions() => [SubmitOpen311, ManageOpen311];
}
