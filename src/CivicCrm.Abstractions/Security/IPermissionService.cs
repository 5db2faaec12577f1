using System.Security.Claims;

namespace CivicCrm.Security;

/// <summary>Which permissions exist right now (those of enabled features) and which roles hold them.</summary>
public interface IPermissionService
{
    IReadOnlyList<Permission> Available();

    Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default);

    /// <summary>The permissions a role holds: what was granted, else the permissions' default roles.</summary>
    Task<IReadOnlyList<string>> GrantedAsync(string role, CancellationToken cancellationToken = default);

    /// <summary>Replaces the permissions of a role.</summary>
    Task GrantAsync(string role, IEnumerable<string> permissions, CancellationToken cancellationToken = default);
}
