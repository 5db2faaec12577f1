using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Modules;

/// <summary>
/// Enables and disables features inside the caller's unit of work. Until it commits, this scope already sees
/// its own changes (so a recipe can enable a feature and then use its steps); other requests see them after.
/// </summary>
internal sealed class FeatureManager(ModuleCatalog catalog, FeatureStateCache cache, CivicDbContext db, IUnitOfWork unitOfWork)
    : IFeatureManager
{
    private HashSet<string>? _pending;

    public IReadOnlyList<FeatureDescriptor> Features => catalog.Graph.Ordered;

    public IReadOnlyList<ModuleDescriptor> Modules => catalog.Modules;

    public bool IsEnabled(string featureId) =>
        _pending?.Contains(featureId) ?? cache.Enabled.Contains(featureId);

    public async Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var wanted = catalog.Graph.WithDependencies(Known(featureIds));
        var added = Features.Select(f => f.Id).Where(id => wanted.Contains(id) && !IsEnabled(id)).ToList();
        if (added.Count == 0)
        {
            return [];
        }

        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var now = DateTime.UtcNow;
        db.FeatureStates.AddRange(added.Select(id => new FeatureState { FeatureId = id, EnabledUtc = now }));
        await db.SaveChangesAsync(cancellationToken);
        Track(added, []);
        await scope.CompleteAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<string>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var unwanted = catalog.Graph.WithDependents(Known(featureIds));
        var locked = unwanted.Select(id => catalog.Graph.Find(id)!).Where(f => f.AlwaysEnabled).Select(f => f.Id).ToList();
        if (locked.Count > 0)
        {
            throw new FeatureChangeRefusedException(
                $"These features cannot be disabled, because the platform needs them: {string.Join(", ", locked)}.");
        }

        var removed = Features.Select(f => f.Id).Where(id => unwanted.Contains(id) && IsEnabled(id)).ToList();
        if (removed.Count == 0)
        {
            return [];
        }

        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        await db.FeatureStates.Where(s => removed.Contains(s.FeatureId)).ExecuteDeleteAsync(cancellationToken);
        Track([], removed);
        await scope.CompleteAsync(cancellationToken);
        return removed;
    }

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        var enabled = await db.FeatureStates.AsNoTracking().Select(s => s.FeatureId).ToListAsync(cancellationToken);
        cache.Replace(enabled);
        _pending = null;
    }

    private void Track(IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        _pending ??= new HashSet<string>(cache.Enabled, StringComparer.OrdinalIgnoreCase);
        _pending.UnionWith(added);
        _pending.ExceptWith(removed);
        unitOfWork.AfterCommit(() => cache.Apply(added, removed));
    }

    private List<string> Known(IEnumerable<string> featureIds)
    {
        var ids = featureIds.ToList();
        var unknown = ids.Where(id => catalog.Graph.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new UnknownFeatureException(unknown);
        }

        return ids;
    }
}
