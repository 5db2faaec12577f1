using System.Reflection;

namespace CivicCrm.Modules;

public sealed record ModuleDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    string Version,
    bool AlwaysEnabled,
    IReadOnlyList<FeatureDescriptor> Features,
    Assembly? Assembly = null);
