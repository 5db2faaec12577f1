using CivicCrm.Navigation;

namespace CivicCrm.Indexing;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Search", "Search indexes", "/admin/search/indexes", Permissions.ManageSearchIndexes.Name, 10),
    ];
}
