using CivicCrm.Security;
using CivicCrm.Setup;

namespace CivicCrm.Users.Services;

/// <summary>Creates the first administrator and, when configured, the automation API key.</summary>
public sealed class UsersSetupHandler(AccountService accounts, ApiKeyService keys) : ISetupHandler
{
    public async Task SetupAsync(SetupContext context, CancellationToken cancellationToken)
    {
        await accounts.CreateAsync(context.AdminUserName, context.AdminEmail, context.AdminPassword, [Roles.Administrator], cancellationToken);
        if (!string.IsNullOrEmpty(context.ApiKey))
        {
            await keys.CreateAsync("Setup", Roles.Administrator, context.ApiKey, cancellationToken);
        }
    }
}
