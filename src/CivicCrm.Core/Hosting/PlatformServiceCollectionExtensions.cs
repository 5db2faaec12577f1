using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Data;
using CivicCrm.Documents;
using CivicCrm.Indexing;
using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Recipes;
using CivicCrm.Recipes.Steps;
using CivicCrm.Security;
using CivicCrm.Settings;
using CivicCrm.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Hosting;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>The platform's own services; everything a feature adds comes from its startup.</summary>
    public static IServiceCollection AddCivicCrmPlatform(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FeatureStateCache>();
        services.AddSingleton<PlatformReadiness>();
        services.AddSingleton<IPlatformReadiness>(sp => sp.GetRequiredService<PlatformReadiness>());
        services.AddSingleton<BackgroundWorkerHealth>();
        services.AddSingleton<IBackgroundWorkerHealth>(sp => sp.GetRequiredService<BackgroundWorkerHealth>());
        services.AddHealthChecks().AddCheck<BackgroundWorkerHealth>("workers");
        services.AddOptions<FeatureOptions>().BindConfiguration("CivicCrm:Features").ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<FeatureStateRefresher>();
        services.AddScoped<IFeatureManager, FeatureManager>();
        services.AddScoped(typeof(IEnabledServices<>), typeof(EnabledServices<>));
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddSingleton<IDatabaseErrors>(sp => sp.GetRequiredService<IDatabaseProvider>());
        services.AddScoped<DocumentStore>();
        services.AddScoped<ISiteSettings, SiteSettings>();

        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<ContentValidator>();
        services.AddScoped<ContentDefaults>();
        services.AddScoped<IndexWriter>();
        services.AddScoped<IIndexProvider, ContentItemIndexProvider>();
        services.AddScoped<IContentHandler, AuditLogHandler>();
        services.AddScoped<IIndexingJournal, IndexingJournal>();

        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<IRecipeExporter, RecipeExporter>();
        services.AddScoped<IRecipeStep, FeaturesRecipeStep>();
        services.AddScoped<IRecipeStep, ContentDefinitionsRecipeStep>();
        services.AddScoped<IRecipeStep, ContentRecipeStep>();
        services.AddScoped<IRecipeStep, SettingsRecipeStep>();

        services.AddOptions<SetupOptions>().BindConfiguration("CivicCrm:Setup").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SetupService>();

        services.AddHttpContextAccessor();
        services.AddLocalization();
        services.AddScoped<IUserAccessor, HttpUserAccessor>();
        services.AddScoped<PermissionService>();
        services.AddScoped<IPermissionService>(sp => sp.GetRequiredService<PermissionService>());
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<INavigationService, NavigationService>();
        services.AddAuthentication(AuthenticationSchemes.Default)
            .AddPolicyScheme(AuthenticationSchemes.Default, "API key or cookie", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(AuthenticationSchemes.ApiKeyHeader) || context.Request.Query.ContainsKey(AuthenticationSchemes.ApiKeyParameter)
                    ? AuthenticationSchemes.ApiKey
                    : AuthenticationSchemes.Cookie);
        services.AddAuthorization();

        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        return services;
    }
}
