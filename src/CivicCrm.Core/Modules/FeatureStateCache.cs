using System.Collections.Immutable;

namespace CivicCrm.Modules;

/// <summary>The committed set of enabled features on this node. Changed only after a commit or a reload.</summary>
public sealed class FeatureStateCache
{
    private ImmutableHashSet<string> _enabled = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private long _changes;

    public ImmutableHashSet<string> Enabled => _enabled;

    /// <summary>Counts the changes this node applied; a reload started before one of them must not undo it.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    public void Replace(IEnumerable<string> enabled) =>
        _enabled = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, enabled);

    /// <summary>Replaces the set with what was read from the database, unless this node changed it since the read began.</summary>
    public bool ReplaceIfUnchangedSince(long changes, IEnumerable<string> enabled)
    {
        lock (_gate)
        {
            if (Changes != changes)
            {
                return false;
            }

            Replace(enabled);
            return true;
        }
    }

    public void Apply(IEnumerable<string> added, IEnumerable<string> removed)
    {
        lock (_gate)
        {
            ImmutableInterlocked.Update(ref _enabled, set => set.Union(added).Except(removed));
            Interlocked.Increment(ref _changes);
        }
    }
}
