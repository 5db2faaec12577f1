using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Recipes;
using CivicCrm.Security;
using Microsoft.AspNetCore.Identity;

namespace CivicCrm.Users.Recipes;

/// <summary>
/// <c>{ "name": "roles", "roles": [ { "name": "Editor", "permissions": ["ViewContent", ...], "deny": [...] } ] }</c>: creates
/// missing roles and grants (or denies) permissions on top of each permission's default roles. Permissions must exist,
/// i.e. belong to features enabled by then.
/// </summary>
public sealed class RolesRecipeStep(RoleManager<IdentityRole> roles, IPermissionService permissions) : IRecipeStep
{
    public string Name => "roles";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step["roles"] is not JsonArray list)
        {
            errors.Add("roles", "A roles step needs a 'roles' array.");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject role || role["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String)
            {
                errors.Add($"roles[{i}].name", "Each role needs a name.");
            }
            else if (role["permissions"] is not (null or JsonArray) || role["deny"] is not (null or JsonArray))
            {
                errors.Add($"roles[{i}].permissions", "permissions and deny must be arrays of permission names.");
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var available = permissions.Available().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var list = step["roles"]!.AsArray();
        for (var i = 0; i < list.Count; i++)
        {
            var role = list[i]!.AsObject();
            var name = role["name"]!.GetValue<string>();
            var granted = (role["permissions"] as JsonArray ?? []).Select(p => p?.GetValue<string>() ?? "").ToList();
            var denied = (role["deny"] as JsonArray ?? []).Select(p => p?.GetValue<string>() ?? "").ToList();
            foreach (var unknown in granted.Concat(denied).Where(p => !available.Contains(p)))
            {
                errors.Add($"roles[{i}].permissions", $"'{unknown}' is not a permission of an enabled feature.");
            }

            if (!await roles.RoleExistsAsync(name))
            {
                var created = await roles.CreateAsync(new IdentityRole(name));
                foreach (var error in created.Errors)
                {
                    errors.Add($"roles[{i}].name", error.Description);
                }
            }

            if (!string.Equals(name, Roles.Administrator, StringComparison.OrdinalIgnoreCase))
            {
                await permissions.GrantAsync(name, granted.Where(available.Contains), denied.Where(available.Contains), cancellationToken);
            }
        }
    }
}
