using CivicCrm.Data;
using CivicCrm.Localization;
using CivicCrm.Modules;
using CivicCrm.Security;
using CivicCrm.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Hosting;

/// <summary>What the host calls: discover modules, register the platform and features, build the pipeline, set up.</summary>
public static class CivicCrmHostingExtensions
{
    public static WebApplicationBuilder AddCivicCrm(this WebApplicationBuilder builder)
    {
        var assemblies = ModuleDiscovery.LoadApplicationAssemblies();
        var catalog = new ModuleCatalog(ModuleDiscovery.FromAssemblies(assemblies));
        var startups = new ModuleStartups(catalog);
        var services = builder.Services;
        services.AddSingleton(catalog);
        services.AddSingleton(startups);
        services.AddSingleton(DataModel.Discover(catalog.Assemblies));
        AddDatabase(builder, DatabaseProviders.Discover(assemblies));
        services.AddDataProtection().SetApplicationName("CivicCrm").PersistKeysToDbContext<CivicDbContext>();
        // Keys sit in the database unencrypted, guarded by its access control; the framework warns about that on every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        services.AddCivicCrmPlatform();

        var mvc = services.AddControllersWithViews(options =>
        {
            options.Filters.Add<UnitOfWorkActionFilter>();
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        });
        ModuleApplicationParts.Add(mvc.PartManager, catalog.Modules);

        services.AddOpenApi();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "civiccrm.antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        });
        startups.ConfigureServices(services);
        return builder;
    }

    public static WebApplication UseCivicCrm(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<SiteLocalizationMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.Services.GetRequiredService<ModuleStartups>().MapEndpoints(app, group => group.AddEndpointFilter<UnitOfWorkEndpointFilter>());
        app.MapControllers();
        return app;
    }

    /// <summary>Migrates the database and runs first-run setup before the host starts serving.</summary>
    public static async Task InitializeCivicCrmAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SetupService>().RunAsync(cancellationToken);
        app.Services.GetRequiredService<PlatformReadiness>().MarkReady();
    }

    private static void AddDatabase(WebApplicationBuilder builder, IReadOnlyList<IDatabaseProvider> providers)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("CivicCrm:Database").ValidateDataAnnotations().ValidateOnStart();
        var name = builder.Configuration["CivicCrm:Database:Provider"] ?? "Sqlite";
        var provider = providers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"CivicCrm:Database:Provider is '{name}', but the installed providers are: {string.Join(", ", providers.Select(p => p.Name))}.");
        var connectionString = builder.Configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider.Name != "Sqlite")
            {
                throw new InvalidOperationException($"The {provider.Name} database needs ConnectionStrings:Default (ConnectionStrings__Default).");
            }

            var folder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "civiccrm.db")}";
        }

        provider.AddDbContext(builder.Services, connectionString);
        builder.Services.AddSingleton(provider);
        builder.Services.AddScoped<DbContext>(sp => sp.GetRequiredService<CivicDbContext>());
        builder.Services.AddHealthChecks().AddDbContextCheck<CivicDbContext>("database");
    }
}
