using CivicCrm.Hosting;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CivicCrm.ServiceRequests.Sla;

/// <summary>Runs the <see cref="SlaWatcher"/> every few seconds while the email feature is enabled.</summary>
public sealed class SlaWatcherService(IServiceScopeFactory scopes, IPlatformReadiness readiness, IOptions<ServiceRequestsOptions> options) : BackgroundService
{
    private const string FeatureId = "CivicCrm.ServiceRequests.Email";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SlaCheckSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            if (scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(FeatureId))
            {
                await scope.ServiceProvider.GetRequiredService<SlaWatcher>().RunOnceAsync(stoppingToken);
            }
        }
    }
}
