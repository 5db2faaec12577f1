using CivicCrm.Hosting;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CivicCrm.Open311.Services;

/// <summary>Files queued batch submissions every <see cref="Open311Options.BatchIntervalSeconds"/> while Open311 is enabled.</summary>
public sealed class BatchIntakeWorker(IServiceScopeFactory scopes, IPlatformReadiness readiness, IOptions<Open311Options> options) : BackgroundService
{
    private const string FeatureId = "CivicCrm.Open311";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.BatchIntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            if (scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(FeatureId))
            {
                await scope.ServiceProvider.GetRequiredService<BatchIntake>().RunOnceAsync(50, stoppingToken);
            }
        }
    }
}
