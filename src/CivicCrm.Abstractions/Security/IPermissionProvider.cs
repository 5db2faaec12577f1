namespace CivicCrm.Security;

/// <summary>The permissions a feature adds. Offered only while the feature is enabled.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}
