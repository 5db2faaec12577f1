using CivicCrm.Contents.Endpoints;
using CivicCrm.Contents.Services;
using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<SiteTimeZone>();
        services.AddScoped<ContentEditorBuilder>();
        services.AddScoped<ContentDiffBuilder>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapContentTypeEndpoints();
        endpoints.MapContentPartEndpoints();
        endpoints.MapContentItemEndpoints();
        endpoints.MapContentVersionEndpoints();
    }
}
