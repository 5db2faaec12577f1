using CivicCrm.Navigation;

namespace CivicCrm.Features;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
        [new MenuItem("Configuration", "Features", "/admin/features", Permissions.ManageFeatures.Name, 10)];
}
