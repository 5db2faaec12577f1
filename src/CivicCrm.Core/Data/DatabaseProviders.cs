using System.Reflection;

namespace CivicCrm.Data;

internal static class DatabaseProviders
{
    public static IReadOnlyList<IDatabaseProvider> Discover(IEnumerable<Assembly> assemblies) =>
        assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IDatabaseProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IDatabaseProvider)Activator.CreateInstance(t)!)
            .ToList();
}
