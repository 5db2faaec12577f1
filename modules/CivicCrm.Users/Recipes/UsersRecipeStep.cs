using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Recipes;
using Microsoft.AspNetCore.Identity;

namespace CivicCrm.Users.Recipes;

/// <summary>
/// <c>{ "name": "users", "users": [ { "userName": "m.reyes", "email": "m.reyes@city.gov", "roles": ["DepartmentStaff"] } ] }</c>:
/// creates missing staff accounts with their roles. A recipe carries no passwords: the accounts sign in once they set
/// one through "Forgot your password?" or an administrator sets one on the user's page. Existing accounts are left as
/// they are. Roles must exist by then (a roles step before, or the built-in ones).
/// </summary>
public sealed class UsersRecipeStep(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles) : IRecipeStep
{
    public string Name => "users";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step["users"] is not JsonArray list)
        {
            errors.Add("users", "A users step needs a 'users' array.");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject user || !IsText(user["userName"]) || !IsText(user["email"]))
            {
                errors.Add($"users[{i}]", "Each user needs a userName and an email.");
            }
            else if (user["roles"] is not (null or JsonArray))
            {
                errors.Add($"users[{i}].roles", "roles must be an array of role names.");
            }
            else if (user["password"] is not null)
            {
                errors.Add($"users[{i}].password", "A recipe carries no passwords: users set theirs through \"Forgot your password?\".");
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var list = step["users"]!.AsArray();
        for (var i = 0; i < list.Count; i++)
        {
            var entry = list[i]!.AsObject();
            var name = entry["userName"]!.GetValue<string>().Trim();
            if (await users.FindByNameAsync(name) is not null)
            {
                continue;
            }

            var wanted = (entry["roles"] as JsonArray ?? []).Select(r => r?.GetValue<string>() ?? "").ToList();
            var missing = new List<string>();
            foreach (var role in wanted)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    missing.Add(role);
                }
            }

            if (missing.Count > 0)
            {
                errors.Add($"users[{i}].roles", $"No such role: {string.Join(", ", missing)}.");
                continue;
            }

            var user = new IdentityUser { UserName = name, Email = entry["email"]!.GetValue<string>().Trim(), EmailConfirmed = true };
            var created = await users.CreateAsync(user);
            var result = created.Succeeded ? await users.AddToRolesAsync(user, wanted) : created;
            foreach (var error in result.Errors)
            {
                errors.Add($"users[{i}]", error.Description);
            }
        }
    }

    private static bool IsText(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim().Length > 0;
}
