using CivicCrm.Navigation;

namespace CivicCrm.Contents;

/// <summary>
/// "Content items" (with a type filter on the page) and "Content types". Menu providers are synchronous and
/// definitions are read asynchronously, so the per-type links live on the content page, not in the menu.
/// </summary>
public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Content", "Content items", "/admin/content", Permissions.ViewContent.Name, 10),
        new MenuItem("Configuration", "Content types", "/admin/content-types", Permissions.ManageContentTypes.Name, 20),
    ];
}
