using CivicCrm.Navigation;

namespace CivicCrm.Open311;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Service requests", "Open311", "/admin/open311", Permissions.ManageOpen311.Name, 40),
    ];
}
