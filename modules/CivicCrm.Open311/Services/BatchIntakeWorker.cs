using CivicCrm.Hosting;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Open311.Services;

/// <summary>Files queued batch submissions every <see cref="Open311Options.BatchIntervalSeconds"/> while Open311 is enabled.</summary>
public sealed class BatchIntakeWorker(
    IServiceScopeFactory scopes, IPlatformReadiness readiness, IOptions<Open311Options> options,
    IBackgroundWorkerHealth health, ILogger<BatchIntakeWorker> logger)
    : PeriodicWorker(readiness, health, logger)
{
    private const string FeatureId = "CivicCrm.Open311";

    protected override string Name => "open311-batch-intake";

    protected override TimeSpan Every => TimeSpan.FromSeconds(options.Value.BatchIntervalSeconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(FeatureId))
        {
            await scope.ServiceProvider.GetRequiredService<BatchIntake>().RunOnceAsync(50, cancellationToken);
        }
    }
}
