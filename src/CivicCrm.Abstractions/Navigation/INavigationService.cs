using System.Security.Claims;

namespace CivicCrm.Navigation;

public interface INavigationService
{
    /// <summary>The enabled features' menu entries the user may see, ordered by group and position.</summary>
    Task<IReadOnlyList<MenuItem>> GetMenuAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
