using CivicCrm.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CivicCrm.Tests.Unit.Hosting;

public class BackgroundWorkerHealthTests
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private static async Task<HealthCheckResult> CheckAsync(BackgroundWorkerHealth health) =>
        await health.CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task WorkersThatRun_AreHealthy_AndListed()
    {
        var health = new BackgroundWorkerHealth(_clock);
        health.Succeeded("outbox", Every);
        health.Succeeded("sla-watcher", TimeSpan.FromMinutes(1));

        var result = await CheckAsync(health);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("Running: outbox, sla-watcher.", result.Description);
    }

    [Fact]
    public async Task AFailedRun_Degrades_ThreeInARowAreUnhealthy_AndASuccessClearsThem()
    {
        var health = new BackgroundWorkerHealth(_clock);
        health.Succeeded("outbox", Every);
        health.Failed("outbox", Every, new InvalidOperationException("database is locked"));

        var degraded = await CheckAsync(health);
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("database is locked", degraded.Description, StringComparison.Ordinal);

        health.Failed("outbox", Every, new InvalidOperationException("database is locked"));
        health.Failed("outbox", Every, new InvalidOperationException("database is locked"));
        var unhealthy = await CheckAsync(health);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.StartsWith("outbox failed 3 runs in a row", unhealthy.Description, StringComparison.Ordinal);

        health.Succeeded("outbox", Every);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(health)).Status);
    }

    [Fact]
    public async Task AWorkerThatStoppedRunning_IsDegraded()
    {
        var health = new BackgroundWorkerHealth(_clock);
        health.Succeeded("search-indexing", Every);

        _clock.Advance(Every * 9);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(health)).Status);

        _clock.Advance(Every * 2);
        var stale = await CheckAsync(health);
        Assert.Equal(HealthStatus.Degraded, stale.Status);
        Assert.StartsWith("search-indexing has not run since", stale.Description, StringComparison.Ordinal);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
