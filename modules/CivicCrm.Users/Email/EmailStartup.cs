using CivicCrm.Modules;
using CivicCrm.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Users.Email;

/// <summary>The optional integration with Notifications: forgotten-password links go out by email.</summary>
[ForFeature("CivicCrm.Users.Email")]
public sealed class EmailStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IPasswordResetNotifier, EmailPasswordResetNotifier>();
}
