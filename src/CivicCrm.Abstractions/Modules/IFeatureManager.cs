namespace CivicCrm.Modules;

public interface IFeatureManager
{
    /// <summary>Every feature of every installed module, dependencies before dependents.</summary>
    IReadOnlyList<FeatureDescriptor> Features { get; }

    IReadOnlyList<ModuleDescriptor> Modules { get; }

    bool IsEnabled(string featureId);

    /// <summary>Enables the features and everything they depend on. Returns the ids that changed state.</summary>
    Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    /// <summary>Disables the features and everything that depends on them. Returns the ids that changed state.</summary>
    Task<IReadOnlyList<string>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    /// <summary>Re-reads the persisted state, for changes made by another node.</summary>
    Task ReloadAsync(CancellationToken cancellationToken = default);
}
