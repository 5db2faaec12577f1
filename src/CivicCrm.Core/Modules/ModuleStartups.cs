using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Modules;

/// <summary>Every feature's startups in dependency order; runs their service registration and endpoint mapping.</summary>
public sealed class ModuleStartups
{
    private readonly List<(string FeatureId, ModuleStartup Startup)> _startups = [];

    public ModuleStartups(ModuleCatalog catalog)
    {
        var byFeature = catalog.Assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ModuleStartup).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToLookup(t => catalog.FeatureOf(t)!, StringComparer.OrdinalIgnoreCase);
        var orphans = byFeature.Where(g => catalog.Graph.Find(g.Key) is null).SelectMany(g => g.Select(t => $"{t.FullName} ([ForFeature(\"{g.Key}\")])")).ToList();
        if (orphans.Count > 0)
        {
            throw new ModuleGraphException("Startups name features no module declares: " + string.Join("; ", orphans) + ".");
        }

        foreach (var feature in catalog.Graph.Ordered)
        {
            _startups.AddRange(byFeature[feature.Id].Select(t => (feature.Id, (ModuleStartup)Activator.CreateInstance(t)!)));
        }

        Catalog = catalog;
    }

    public ModuleCatalog Catalog { get; }

    /// <summary>Registers each feature's services and remembers which feature each implementation belongs to.</summary>
    public void ConfigureServices(IServiceCollection services)
    {
        foreach (var (featureId, startup) in _startups)
        {
            var before = services.Count;
            startup.ConfigureServices(services);
            for (var i = before; i < services.Count; i++)
            {
                var descriptor = services[i];
                var type = descriptor.IsKeyedService
                    ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType()
                    : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType();
                if (type is not null)
                {
                    Catalog.RegisterServiceFeature(type, featureId);
                }
            }
        }
    }

    /// <summary>Maps each feature's endpoints in a group tagged with the feature, so a disabled feature answers 404.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints, Action<RouteGroupBuilder> configureGroup)
    {
        foreach (var (featureId, startup) in _startups)
        {
            var group = endpoints.MapGroup("").WithMetadata(new FeatureEndpointMetadata(featureId));
            configureGroup(group);
            startup.MapEndpoints(group);
        }
    }
}
