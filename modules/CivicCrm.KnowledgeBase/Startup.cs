using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Endpoints;
using CivicCrm.KnowledgeBase.Recipes;
using CivicCrm.KnowledgeBase.Search;
using CivicCrm.KnowledgeBase.Services;
using CivicCrm.KnowledgeBase.Versions;
using CivicCrm.Modules;
using CivicCrm.Navigation;
using CivicCrm.Recipes;
using CivicCrm.Search;
using CivicCrm.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.KnowledgeBase;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStep, KnowledgeBaseRecipeStep>();
        services.AddScoped<IIndexProvider, KnowledgeBaseIndexProvider>();
        services.AddScoped<IIndexProvider, KnowledgeBaseCategoryIndexProvider>();
        services.AddScoped<ISearchDocumentContributor, KnowledgeBaseSearchContributor>();
        services.AddScoped<IContentPartDiffContributor, KnowledgeBaseDiffContributor>();
        services.AddScoped<KnowledgeBaseDefinitions>();
        services.AddScoped<CategoryStore>();
        services.AddScoped<KnowledgeBaseEditor>();
        services.AddScoped<KnowledgeBaseImporter>();
        services.AddScoped<KnowledgeBaseReader>();
        services.AddScoped<KnowledgeBaseReaders>();
        services.AddScoped<KnowledgeBaseSearch>();
        services.AddScoped<HelpfulnessVotes>();
        services.AddScoped<KnowledgeBaseViewCounts>();
        services.AddScoped<ReviewQueue>();
        services.AddSingleton<KnowledgeBaseMarkup>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapKnowledgeBaseSearchEndpoints();
        endpoints.MapKnowledgeBaseImportEndpoints();
    }
}
