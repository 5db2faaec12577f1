using CivicCrm.Departments.Endpoints;
using CivicCrm.Departments.Recipes;
using CivicCrm.Departments.Services;
using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Recipes;
using CivicCrm.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Departments;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<DepartmentStore>();
        services.AddScoped<IDepartmentDirectory, DepartmentDirectory>();
        services.AddScoped<ISlaCalendar, SlaCalendar>();
        services.AddScoped<IRecipeStep, DepartmentsRecipeStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDepartmentEndpoints();
}
