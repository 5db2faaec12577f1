using CivicCrm.Indexing;
using CivicCrm.Modules;
using CivicCrm.Search.Lucene.Engine;
using CivicCrm.Search.Lucene.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Search.Lucene;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("CivicCrm:Search").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchIndexHost>();
        services.AddScoped<IContentSource, ContentSource>();
        services.AddScoped<ISearchService, LuceneSearchService>();
        services.AddScoped<SearchIndexMonitor>();
        services.AddScoped<ISearchIndexMonitor>(sp => sp.GetRequiredService<SearchIndexMonitor>());
        services.AddHostedService<SearchIndexFollower>();
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search");
    }
}
