using CivicCrm.Navigation;

namespace CivicCrm.Users;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Security", "Users", "/admin/users", Permissions.ManageUsers.Name, 10),
        new MenuItem("Security", "Roles", "/admin/roles", Permissions.ManageRoles.Name, 20),
        new MenuItem("Security", "API keys", "/admin/api-keys", Permissions.ManageApiKeys.Name, 30),
        new MenuItem("My account", "Change password", "/admin/account/password", null, 10),
    ];
}
