using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Notifications.Recipes;
using CivicCrm.Notifications.Services;
using CivicCrm.Notifications.Templates;
using CivicCrm.Recipes;
using CivicCrm.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivicCrm.Notifications;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<NotificationsOptions>().BindConfiguration("CivicCrm:Notifications").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationsOptions>, NotificationsOptionsValidator>();
        services.AddSingleton<LiquidTemplateRenderer>();
        services.AddSingleton<SmtpEmailTransport>();
        services.AddScoped<INotificationSender, NotificationSender>();
        services.AddScoped<OutboxStore>();
        services.AddHostedService<OutboxWorker>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStep, NotificationTemplatesRecipeStep>();
    }
}
