using CivicCrm.Data;
using CivicCrm.Data.Sqlite;
using CivicCrm.Hosting;
using CivicCrm.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Unit;

/// <summary>The platform's services over a fresh SQLite file, with the given (fake) modules installed.</summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private readonly string _file;
    private readonly ServiceProvider _services;

    private TestPlatform(string file, ServiceProvider services)
    {
        _file = file;
        _services = services;
    }

    public static Task<TestPlatform> CreateAsync(params ModuleDescriptor[] modules) => CreateAsync(modules, [], _ => { });

    /// <summary>With extra tables, and services bound to a (fake) module's feature as its startup would bind them.</summary>
    public static async Task<TestPlatform> CreateAsync(
        ModuleDescriptor[] modules, IDataModelContributor[] tables, Action<IServiceCollection> featureServices, params (Type Type, string FeatureId)[] featureOf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"civiccrm-unit-{Guid.NewGuid():n}.db");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        var catalog = new ModuleCatalog(modules);
        foreach (var (type, featureId) in featureOf)
        {
            catalog.RegisterServiceFeature(type, featureId);
        }

        services.AddSingleton(catalog);
        services.AddSingleton(new DataModel([new CoreModelContributorForTests(), .. tables]));
        var database = new SqliteDatabaseProvider();
        database.AddDbContext(services, $"Data Source={file};Pooling=false");
        services.AddSingleton<IDatabaseProvider>(database);
        services.AddCivicCrmPlatform();
        featureServices(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CivicDbContext>().Database.EnsureCreatedAsync();
        }

        return new TestPlatform(file, provider);
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Scope();
        await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_file);
    }
}
