using CivicCrm.Hosting;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>
/// Keeps this node's indexes following the journal: once the platform is ready, every poll (about a second) applies
/// what other nodes and this one committed, and every few seconds reports this node's status for the admin.
/// Idle while the feature is disabled.
/// </summary>
internal sealed class SearchIndexFollower(
    IServiceScopeFactory scopes,
    IPlatformReadiness readiness,
    SearchIndexHost host,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    IBackgroundWorkerHealth health,
    ILogger<SearchIndexFollower> logger) : BackgroundService
{
    public const string FeatureId = "CivicCrm.Search.Lucene";
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    /// <summary>Stops a rebuild or catch-up in flight before the host disposes the services they use.</summary>
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        host.Stop();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            var every = TimeSpan.FromSeconds(options.Value.PollSeconds);
            using var timer = new PeriodicTimer(every, clock);
            var reported = DateTimeOffset.MinValue;
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (!scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(FeatureId))
                    {
                        health.Succeeded("search-indexing", every);
                        continue;
                    }

                    await host.CatchUpAsync(stoppingToken);
                    if (clock.GetUtcNow() - reported >= ReportEvery)
                    {
                        await scope.ServiceProvider.GetRequiredService<SearchIndexMonitor>().ReportAsync(stoppingToken);
                        reported = clock.GetUtcNow();
                    }

                    health.Succeeded("search-indexing", every);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested && !host.IsStopping)
                {
                    SearchLog.PollFailed(logger, exception);
                    health.Failed("search-indexing", every, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested || host.IsStopping)
        {
            // The host is stopping; what was not committed is applied again from the committed cursor at the next start.
        }
    }
}
