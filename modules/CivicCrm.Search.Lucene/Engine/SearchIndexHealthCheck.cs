using CivicCrm.Indexing;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>
/// <c>/health</c> entry "search": degraded while a copy on this node is failing to apply the journal or lags far
/// behind it; healthy otherwise (also while a rebuild runs, since searches keep using the previous copy).
/// </summary>
internal sealed class SearchIndexHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    private const long LagLimit = 10_000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(SearchIndexFollower.FeatureId))
        {
            return HealthCheckResult.Healthy("Search is disabled.");
        }

        var monitor = scope.ServiceProvider.GetRequiredService<SearchIndexMonitor>();
        var head = await scope.ServiceProvider.GetRequiredService<IIndexingJournal>().LastIdAsync(cancellationToken);
        var local = monitor.Local(head);
        var data = local.ToDictionary(s => s.IndexName, s => (object)new { documents = s.Documents, cursor = s.Cursor, lag = s.Lag, state = s.State.ToString() });
        if (local.FirstOrDefault(s => s.State == SearchIndexState.Failing) is { } failing)
        {
            return HealthCheckResult.Degraded($"Search index {failing.IndexName} is failing: {failing.LastError}", data: data);
        }

        if (local.FirstOrDefault(s => s.Lag > LagLimit) is { } behind)
        {
            return HealthCheckResult.Degraded($"Search index {behind.IndexName} is {behind.Lag} journal entries behind.", data: data);
        }

        var summary = string.Join(", ", local.Select(s => $"{s.IndexName} ({s.Documents} documents, lag {s.Lag}{(s.State == SearchIndexState.Rebuilding ? ", rebuilding" : "")})"));
        return HealthCheckResult.Healthy($"Node {monitor.NodeName}: {(local.Count == 0 ? "no search indexes yet" : summary)}.", data);
    }
}
