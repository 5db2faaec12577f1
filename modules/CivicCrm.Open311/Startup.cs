using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Open311.Endpoints;
using CivicCrm.Open311.Services;
using CivicCrm.Open311.Settings;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Open311;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddSingleton<Open311SettingsCache>();
        services.AddSingleton<SharedRateCounter>();
        services.AddSingleton<Open311RateLimiter>();
        services.AddScoped<Open311SettingsStore>();
        services.AddScoped<Open311Gate>();
        services.AddScoped<BatchIntake>();
        services.AddHostedService<BatchIntakeWorker>();
        services.AddExceptionHandler<Open311ExceptionHandler>();
        services.AddOptions<Open311Options>().BindConfiguration("CivicCrm:Open311").ValidateDataAnnotations().ValidateOnStart();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpen311Discovery();
        var group = endpoints.MapGroup("/open311/v2").AllowAnonymous().ExcludeFromDescription();
        group.MapOpen311Services();
        group.MapOpen311Requests();
        group.MapOpen311RequestQueries();
        group.MapOpen311Updates();
    }
}
