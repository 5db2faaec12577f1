using CivicCrm.Contents.Endpoints;
using CivicCrm.Modules;
using CivicCrm.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IPermissionProvider, Permissions>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapContentTypeEndpoints();
        endpoints.MapContentPartEndpoints();
        endpoints.MapContentItemEndpoints();
        endpoints.MapContentVersionEndpoints();
    }
}
