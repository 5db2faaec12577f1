using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Hosting;

/// <summary>
/// A background worker that runs every <see cref="Every"/> once the platform is ready. A failed run is logged and
/// reported to <c>/health</c> (<see cref="IBackgroundWorkerHealth"/>), and the next tick tries again: an exception
/// never ends the worker, nor (as an unhandled one would) the host.
/// </summary>
public abstract partial class PeriodicWorker(IPlatformReadiness readiness, IBackgroundWorkerHealth health, ILogger logger) : BackgroundService
{
    /// <summary>The worker's name in <c>/health</c> and the logs.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Every { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            using var timer = new PeriodicTimer(Every);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                    health.Succeeded(Name, Every);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    RunFailed(logger, Name, exception);
                    health.Failed(Name, Every, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(1, LogLevel.Error, "A run of the background worker {Worker} failed; it tries again at its next tick")]
    private static partial void RunFailed(ILogger logger, string worker, Exception exception);
}
