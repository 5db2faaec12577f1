using CivicCrm.Navigation;

namespace CivicCrm.ServiceRequests;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Service requests", "Take a call", "/admin/intake", Permissions.FileRequests.Name, 10),
        new MenuItem("Service requests", "Department queue", "/admin/queue", Permissions.ViewRequests.Name, 20),
        new MenuItem("Service requests", "Request types", "/admin/request-types", Permissions.ManageRequestTypes.Name, 30),
        new MenuItem("Service requests", "Import requests", "/admin/import", Permissions.ImportRequests.Name, 40),
        new MenuItem("Service requests", "Wards", "/admin/wards", Permissions.ManageWards.Name, 50),
    ];
}
