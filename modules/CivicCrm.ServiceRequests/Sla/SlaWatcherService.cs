using CivicCrm.Hosting;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.ServiceRequests.Sla;

/// <summary>Runs the <see cref="SlaWatcher"/> every few seconds while the email feature is enabled.</summary>
public sealed class SlaWatcherService(
    IServiceScopeFactory scopes, IPlatformReadiness readiness, IOptions<ServiceRequestsOptions> options,
    IBackgroundWorkerHealth health, ILogger<SlaWatcherService> logger)
    : PeriodicWorker(readiness, health, logger)
{
    private const string FeatureId = "CivicCrm.ServiceRequests.Email";

    protected override string Name => "sla-watcher";

    protected override TimeSpan Every => TimeSpan.FromSeconds(options.Value.SlaCheckSeconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(FeatureId))
        {
            await scope.ServiceProvider.GetRequiredService<SlaWatcher>().RunOnceAsync(cancellationToken);
        }
    }
}
