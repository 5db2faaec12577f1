using System.Security.Claims;
using CivicCrm.Modules;
using CivicCrm.Security;

namespace CivicCrm.Navigation;

internal sealed class NavigationService(IEnabledServices<INavigationProvider> providers, PermissionService permissions) : INavigationService
{
    public async Task<IReadOnlyList<MenuItem>> GetMenuAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var visible = new List<MenuItem>();
        foreach (var item in providers.All.SelectMany(p => p.GetMenuItems()))
        {
            if (item.Permission is null || await permissions.HasAsync(user, item.Permission, cancellationToken))
            {
                visible.Add(item);
            }
        }

        return visible.OrderBy(i => i.Group, StringComparer.Ordinal).ThenBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal).ToList();
    }
}
