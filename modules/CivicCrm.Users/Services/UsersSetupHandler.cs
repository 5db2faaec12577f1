using CivicCrm.Security;
using CivicCrm.Setup;
using Microsoft.AspNetCore.Identity;

namespace CivicCrm.Users.Services;

/// <summary>Creates the standard roles, the first administrator and, when configured, the automation API key.</summary>
public sealed class UsersSetupHandler(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, ApiKeyService keys) : ISetupHandler
{
    public async Task SetupAsync(SetupContext context, CancellationToken cancellationToken)
    {
        foreach (var role in StaffRoles.Defaults)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var admin = new IdentityUser { UserName = context.AdminUserName, Email = context.AdminEmail, EmailConfirmed = true };
        Check(await users.CreateAsync(admin, context.AdminPassword));
        Check(await users.AddToRoleAsync(admin, Roles.Administrator));
        if (!string.IsNullOrEmpty(context.ApiKey))
        {
            await keys.CreateAsync("Setup", Roles.Administrator, context.ApiKey, cancellationToken);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("First-run setup could not create the administrator: " +
                string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
