using System.Collections.Immutable;

namespace CivicCrm.Modules;

/// <summary>The committed set of enabled features on this node. Changed only after a commit or a reload.</summary>
public sealed class FeatureStateCache
{
    private ImmutableHashSet<string> _enabled = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    public ImmutableHashSet<string> Enabled => _enabled;

    public void Replace(IEnumerable<string> enabled) =>
        _enabled = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, enabled);

    public void Apply(IEnumerable<string> added, IEnumerable<string> removed) =>
        ImmutableInterlocked.Update(ref _enabled, set => set.Union(added).Except(removed));
}
