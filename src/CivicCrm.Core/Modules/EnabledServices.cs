using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Modules;

internal sealed class EnabledServices<T>(IServiceProvider services, ModuleCatalog catalog, IFeatureManager features)
    : IEnabledServices<T>
{
    public IEnumerable<T> All => services.GetServices<T>()
        .Where(service => service is not null && (catalog.FeatureOf(service.GetType()) is not { } feature || features.IsEnabled(feature)));
}
