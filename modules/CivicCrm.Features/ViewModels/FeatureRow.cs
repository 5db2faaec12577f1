using CivicCrm.Modules;

namespace CivicCrm.Features.ViewModels;

/// <summary>One feature with its state and what enabling or disabling it would also change.</summary>
public sealed record FeatureRow(
    string Id,
    string Name,
    string Description,
    string ModuleId,
    string Category,
    bool Enabled,
    bool AlwaysEnabled,
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<string> EnabledDependents)
{
    public static IReadOnlyList<FeatureRow> List(IFeatureManager features)
    {
        var categories = features.Modules.ToDictionary(m => m.Id, m => m.Category, StringComparer.OrdinalIgnoreCase);
        return features.Features
            .Select(f => new FeatureRow(
                f.Id, f.Name, f.Description, f.ModuleId, categories.GetValueOrDefault(f.ModuleId, "General"),
                features.IsEnabled(f.Id), f.AlwaysEnabled, f.Dependencies,
                features.Features.Where(d => d.Dependencies.Contains(f.Id, StringComparer.OrdinalIgnoreCase) && features.IsEnabled(d.Id))
                    .Select(d => d.Id).ToList()))
            .OrderBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}
