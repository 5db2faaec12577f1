using CivicCrm.Data;
using CivicCrm.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Modules;

/// <summary>
/// Re-reads the enabled features every few seconds, so a change made on one node reaches the others
/// (the node that made it knows at once). Starts once setup has migrated the database.
/// </summary>
internal sealed class FeatureStateRefresher(
    IServiceScopeFactory scopes, FeatureStateCache cache, PlatformReadiness readiness, IOptions<FeatureOptions> options,
    IBackgroundWorkerHealth health, ILogger<FeatureStateRefresher> logger) : BackgroundService
{
    private const string Name = "features";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            var every = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
            using var timer = new PeriodicTimer(every);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<CivicDbContext>();
                    var changes = cache.Changes;
                    cache.ReplaceIfUnchangedSince(changes, await db.FeatureStates.AsNoTracking().Select(s => s.FeatureId).ToListAsync(stoppingToken));
                    health.Succeeded(Name, every);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    WorkerLog.FeatureRefreshFailed(logger, exception);
                    health.Failed(Name, every, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
