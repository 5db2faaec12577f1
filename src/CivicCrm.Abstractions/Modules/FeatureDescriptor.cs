namespace CivicCrm.Modules;

public sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Description,
    string ModuleId,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled = false);
