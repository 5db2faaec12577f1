using CivicCrm.Navigation;

namespace CivicCrm.Notifications;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Communication", "Email templates", "/admin/notifications/templates", Permissions.ManageNotifications.Name, 10),
        new MenuItem("Communication", "Outbox", "/admin/notifications/outbox", Permissions.ManageNotifications.Name, 20),
    ];
}
