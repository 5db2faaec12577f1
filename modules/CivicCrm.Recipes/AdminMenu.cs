using CivicCrm.Navigation;

namespace CivicCrm.Recipes;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
        [new MenuItem("Configuration", "Import and export", "/admin/recipes", Permissions.ManageRecipes.Name, 20)];
}
