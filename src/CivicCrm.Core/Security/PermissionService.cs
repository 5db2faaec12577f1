using System.Security.Claims;
using CivicCrm.Documents;
using CivicCrm.Modules;

namespace CivicCrm.Security;

/// <summary>Which permissions exist right now (enabled features only) and which a user holds through roles.</summary>
public sealed class PermissionService(IEnabledServices<IPermissionProvider> providers, DocumentStore documents)
{
    private const string DocumentName = "RolePermissions";
    private RolePermissionsDocument? _roles;

    public IReadOnlyList<Permission> Available() =>
        providers.All.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    public async Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default)
    {
        var offered = Available().FirstOrDefault(p => p.Name == permission);
        if (offered is null || user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Contains(Roles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var document = _roles ??= await documents.GetAsync<RolePermissionsDocument>(DocumentName, cancellationToken) ?? new();
        return roles.Any(role => document.Roles.TryGetValue(role, out var granted)
            ? granted.Contains(permission, StringComparer.Ordinal)
            : offered.DefaultRoles.Contains(role, StringComparer.OrdinalIgnoreCase));
    }
}
