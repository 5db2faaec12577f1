using CivicCrm.Indexing.Endpoints;
using CivicCrm.Indexing.Recipes;
using CivicCrm.Indexing.Services;
using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Recipes;
using CivicCrm.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Indexing;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<SearchIndexDefinitionStore>();
        services.AddScoped<ISearchIndexDefinitions>(sp => sp.GetRequiredService<SearchIndexDefinitionStore>());
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStep, IndexDefinitionsRecipeStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearchIndexEndpoints();
}
