using CivicCrm.Navigation;

namespace CivicCrm.Departments;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Service requests", "Departments", "/admin/departments", Permissions.ManageDepartments.Name, 10),
    ];
}
