using System.Reflection;

namespace CivicCrm.Modules;

/// <summary>The installed modules, their validated feature graph, and which feature owns a type.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly;
    private readonly Dictionary<Type, string> _serviceFeatures = [];

    public ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules)
    {
        Modules = modules;
        Graph = new FeatureGraph(modules.SelectMany(m => m.Features));
        _byAssembly = modules.Where(m => m.Assembly is not null).ToDictionary(m => m.Assembly!);
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public FeatureGraph Graph { get; }

    public IEnumerable<Assembly> Assemblies => _byAssembly.Keys;

    /// <summary>
    /// The feature a type belongs to: its <see cref="ForFeatureAttribute"/>, the feature whose startup registered
    /// it, or its module's default feature. Null for platform types, which are always on.
    /// </summary>
    public string? FeatureOf(Type type)
    {
        if (type.GetCustomAttribute<ForFeatureAttribute>() is { } attribute)
        {
            return attribute.FeatureId;
        }

        if (_serviceFeatures.TryGetValue(type, out var registered))
        {
            return registered;
        }

        return _byAssembly.TryGetValue(type.Assembly, out var module) ? module.Id : null;
    }

    /// <summary>Records which feature's startup registered an implementation type.</summary>
    internal void RegisterServiceFeature(Type implementationType, string featureId) =>
        _serviceFeatures.TryAdd(implementationType, featureId);
}
