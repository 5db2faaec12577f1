using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Recipes;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Contracts;
using CivicCrm.ServiceRequests.Endpoints;
using CivicCrm.ServiceRequests.Import;
using CivicCrm.ServiceRequests.Recipes;
using CivicCrm.ServiceRequests.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.ServiceRequests;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStep, RequestTypesRecipeStep>();
        services.AddScoped<IntakeValidator>();
        services.AddScoped<IntakeService>();
        services.AddSingleton<ITrackingNumberSource, RandomTrackingNumberSource>();
        services.AddScoped<DuplicateCandidateFinder>();
        services.AddScoped<LifecycleService>();
        services.AddScoped<ProblemStatusSync>();
        services.AddScoped<WorkItemFactory>();
        services.AddScoped<WorkItemRoutingService>();
        services.AddScoped<ProblemMergeService>();
        services.AddScoped<MergeUndoService>();
        services.AddScoped<WardLocator>();
        services.AddScoped<IRecipeStep, WardsRecipeStep>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<CallerLookup>();
        services.AddScoped<ImportTypeCatalog>();
        services.AddScoped<ImportedRequestWriter>();
        services.AddScoped<ServiceRequestImporter>();
        services.AddOptions<MapOptions>().BindConfiguration("CivicCrm:Maps").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IRequestTypeCatalog, RequestTypeCatalog>();
        services.AddScoped<IServiceRequestIntake, ServiceRequestIntake>();
        services.AddScoped<IPublicRequestReader, PublicRequestReader>();
        services.AddScoped<IRequestStatusUpdater, RequestStatusUpdater>();
        services.AddOptions<ServiceRequestsOptions>().BindConfiguration("CivicCrm:ServiceRequests").ValidateDataAnnotations().ValidateOnStart();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRequestTypeEndpoints();
        endpoints.MapServiceRequestEndpoints();
        endpoints.MapWorkItemEndpoints();
        endpoints.MapProblemMergeEndpoints();
        endpoints.MapDuplicateCandidateEndpoints();
        endpoints.MapImportEndpoints();
    }
}
