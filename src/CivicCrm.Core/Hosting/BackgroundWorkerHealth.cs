using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CivicCrm.Hosting;

/// <summary>
/// The node's record of its background workers' runs, and the <c>/health</c> entry "workers": degraded when a
/// worker's last run failed or it has not run for ten of its intervals, unhealthy after three failed runs in a row.
/// A worker that has not reported yet (idle by configuration, or still starting) is not listed.
/// </summary>
internal sealed class BackgroundWorkerHealth(TimeProvider clock) : IBackgroundWorkerHealth, IHealthCheck
{
    private const int FailuresBeforeUnhealthy = 3;
    private const int MissedRunsBeforeStale = 10;

    private readonly ConcurrentDictionary<string, WorkerState> _workers = new(StringComparer.Ordinal);

    public void Succeeded(string worker, TimeSpan every) =>
        _workers[worker] = new WorkerState(every, clock.GetUtcNow(), 0, null);

    public void Failed(string worker, TimeSpan every, Exception exception) =>
        _workers.AddOrUpdate(worker,
            _ => new WorkerState(every, null, 1, exception.Message),
            (_, state) => state with { Every = every, Failures = state.Failures + 1, LastError = exception.Message });

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var workers = _workers.OrderBy(w => w.Key, StringComparer.Ordinal).ToList();
        var data = workers.ToDictionary(w => w.Key, w => (object)new
        {
            lastSuccess = w.Value.LastSuccess, failures = w.Value.Failures, lastError = w.Value.LastError,
        });
        if (workers.FirstOrDefault(w => w.Value.Failures >= FailuresBeforeUnhealthy) is { Key: not null } broken)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                $"{broken.Key} failed {broken.Value.Failures} runs in a row: {broken.Value.LastError}", data: data));
        }

        if (workers.FirstOrDefault(w => w.Value.Failures > 0) is { Key: not null } failing)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"{failing.Key}'s last run failed: {failing.Value.LastError}", data: data));
        }

        if (workers.FirstOrDefault(w => w.Value.LastSuccess is { } last && now - last > w.Value.Every * MissedRunsBeforeStale) is { Key: not null } stale)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"{stale.Key} has not run since {stale.Value.LastSuccess:u}.", data: data));
        }

        var summary = workers.Count == 0 ? "No background work has run yet." : $"Running: {string.Join(", ", workers.Select(w => w.Key))}.";
        return Task.FromResult(HealthCheckResult.Healthy(summary, data));
    }

    private sealed record WorkerState(TimeSpan Every, DateTimeOffset? LastSuccess, int Failures, string? LastError);
}
