using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Modules;

/// <summary>
/// A feature's entry point. A module's startups without <see cref="ForFeatureAttribute"/> belong to its
/// default feature. Every service and endpoint registered here is switched off with the feature.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
