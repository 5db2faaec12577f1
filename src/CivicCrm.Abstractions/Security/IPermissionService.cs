using System.Security.Claims;

namespace CivicCrm.Security;

/// <summary>Which permissions exist right now (those of enabled features) and which roles hold them.</summary>
public interface IPermissionService
{
    IReadOnlyList<Permission> Available();

    Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default);

    /// <summary>
    /// The permissions a role holds: those granted to it, plus those whose default roles include it unless they were
    /// denied to it. A feature enabled later thus brings its defaults to roles that never decided on them.
    /// </summary>
    Task<IReadOnlyList<string>> GrantedAsync(string role, CancellationToken cancellationToken = default);

    /// <summary>Grants permissions to a role; <paramref name="denied"/> (when given) are taken away even if a default.</summary>
    Task GrantAsync(string role, IEnumerable<string> permissions, IEnumerable<string>? denied = null, CancellationToken cancellationToken = default);
}
