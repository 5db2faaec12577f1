using System.Reflection;

namespace CivicCrm.Modules;

/// <summary>Reads module manifests from assemblies.</summary>
public static class ModuleDiscovery
{
    /// <summary>Loads every CivicCrm.*.dll next to the application: modules, themes and database providers.</summary>
    public static IReadOnlyList<Assembly> LoadApplicationAssemblies(string? directory = null) =>
        Directory.EnumerateFiles(directory ?? AppContext.BaseDirectory, "CivicCrm.*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .ToList();

    public static IReadOnlyList<ModuleDescriptor> FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var modules = new List<ModuleDescriptor>();
        foreach (var assembly in assemblies)
        {
            var module = assembly.GetCustomAttribute<ModuleAttribute>();
            if (module is null)
            {
                continue;
            }

            var features = new List<FeatureDescriptor>
            {
                new(module.Id, module.Name, module.Description, module.Id, module.Dependencies, module.AlwaysEnabled),
            };
            // AlwaysEnabled locks the module's default feature only: its other features are optional integrations
            // (e.g. password reset by email) that an administrator must be able to switch off.
            features.AddRange(assembly.GetCustomAttributes<FeatureAttribute>().Select(f =>
                new FeatureDescriptor(f.Id, f.Name, f.Description, module.Id, f.Dependencies)));
            modules.Add(new ModuleDescriptor(
                module.Id, module.Name, module.Description, module.Category, module.Version, module.AlwaysEnabled, features, assembly));
        }

        return modules;
    }
}
