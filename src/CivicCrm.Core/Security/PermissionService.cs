using System.Security.Claims;
using CivicCrm.Documents;
using CivicCrm.Modules;

namespace CivicCrm.Security;

/// <summary>Permissions offered by enabled features, granted to roles in one document; Administrator holds all.</summary>
public sealed class PermissionService(IEnabledServices<IPermissionProvider> providers, DocumentStore documents) : IPermissionService
{
    private const string DocumentName = "RolePermissions";
    private RolePermissionsDocument? _roles;

    public IReadOnlyList<Permission> Available() =>
        providers.All.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    public async Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true || !Available().Any(p => p.Name == permission))
        {
            return false;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Contains(Roles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var role in roles)
        {
            if ((await GrantedAsync(role, cancellationToken)).Contains(permission, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public async Task<IReadOnlyList<string>> GrantedAsync(string role, CancellationToken cancellationToken = default)
    {
        var available = Available();
        if (string.Equals(role, Roles.Administrator, StringComparison.OrdinalIgnoreCase))
        {
            return available.Select(p => p.Name).ToList();
        }

        var document = await LoadAsync(cancellationToken);
        var granted = document.Roles.GetValueOrDefault(role) ?? [];
        var denied = document.Denied.GetValueOrDefault(role) ?? [];
        return available
            .Where(p => granted.Contains(p.Name) || p.DefaultRoles.Contains(role, StringComparer.OrdinalIgnoreCase) && !denied.Contains(p.Name))
            .Select(p => p.Name)
            .ToList();
    }

    public async Task GrantAsync(string role, IEnumerable<string> permissions, IEnumerable<string>? denied = null, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        var granted = permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        document.Roles[role] = granted;
        document.Denied[role] = (denied ?? document.Denied.GetValueOrDefault(role) ?? []).Except(granted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await documents.SaveAsync(DocumentName, document, cancellationToken);
    }

    private async Task<RolePermissionsDocument> LoadAsync(CancellationToken cancellationToken) =>
        _roles ??= await documents.GetAsync<RolePermissionsDocument>(DocumentName, cancellationToken) ?? new();
}
