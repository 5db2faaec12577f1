using CivicCrm.Security;

namespace CivicCrm.Recipes;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run recipes and export site configuration and content");

    public IEnumerable<Permission> GetPermissions() => [ManageRecipes];
}
