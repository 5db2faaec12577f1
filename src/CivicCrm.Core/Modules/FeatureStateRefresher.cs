using CivicCrm.Data;
using CivicCrm.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CivicCrm.Modules;

/// <summary>
/// Re-reads the enabled features every few seconds, so a change made on one node reaches the others
/// (the node that made it knows at once). Starts once setup has migrated the database.
/// </summary>
internal sealed class FeatureStateRefresher(
    IServiceScopeFactory scopes, FeatureStateCache cache, PlatformReadiness readiness, IOptions<FeatureOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CivicDbContext>();
            var changes = cache.Changes;
            cache.ReplaceIfUnchangedSince(changes, await db.FeatureStates.AsNoTracking().Select(s => s.FeatureId).ToListAsync(stoppingToken));
        }
    }
}
