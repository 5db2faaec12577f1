using CivicCrm.Hosting;
using CivicCrm.Modules;
using MailKit.Net.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Notifications.Services;

/// <summary>
/// Sends the outbox: once the platform is ready, every poll claims due messages in batches and delivers them over
/// SMTP. A failure schedules the next attempt with exponential backoff; after the last attempt the message is marked
/// failed. Delivery is at-least-once: a node that stops between sending and recording sends the message again later.
/// Idle while the feature is disabled or SMTP is not configured.
/// </summary>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes,
    IPlatformReadiness readiness,
    SmtpEmailTransport transport,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    IBackgroundWorkerHealth health,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private const string FeatureId = "CivicCrm.Notifications";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            if (!transport.IsConfigured)
            {
                NotificationsLog.SmtpNotConfigured(logger);
                return;
            }

            NotificationsLog.SmtpConfigured(logger, options.Value.Smtp.Host!, options.Value.Smtp.Port);
            var every = TimeSpan.FromSeconds(options.Value.PollSeconds);
            using var timer = new PeriodicTimer(every, clock);
            do
            {
                try
                {
                    while (await SendBatchAsync(stoppingToken) == options.Value.BatchSize)
                    {
                        // A full batch: more may be due, so go on without waiting for the next tick.
                    }

                    health.Succeeded("outbox", every);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    NotificationsLog.PollFailed(logger, exception);
                    health.Failed("outbox", every, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; claimed messages become due again when their lease runs out.
        }
    }

    /// <summary>Claims and sends up to one batch; returns how many due messages it found.</summary>
    internal async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(FeatureId))
        {
            return 0;
        }

        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var settings = options.Value;
        var due = await store.DueAsync(clock.GetUtcNow().UtcDateTime, settings.BatchSize, cancellationToken);
        var token = Guid.NewGuid().ToString("n");
        SmtpClient? client = null;
        try
        {
            foreach (var id in due)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var message = await store.ClaimAsync(id, token, now, now.AddSeconds(settings.LeaseSeconds), cancellationToken);
                if (message is null)
                {
                    continue;
                }

                try
                {
                    client ??= await transport.ConnectAsync(cancellationToken);
                    await transport.SendAsync(client, message, cancellationToken);
                    await store.MarkSentAsync(id, token, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
                    NotificationsLog.Sent(logger, id);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    await RecordFailureAsync(store, message.Id, message.Attempts + 1, token, exception);
                    client?.Dispose();
                    client = null;
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                await DisconnectQuietlyAsync(client);
            }
        }

        return due.Count;
    }

    private async Task RecordFailureAsync(OutboxStore store, long id, int attempt, string token, Exception exception)
    {
        var settings = options.Value;
        var giveUp = attempt >= settings.MaxAttempts;
        var delay = RetryPolicy.DelayAfter(attempt, TimeSpan.FromSeconds(settings.RetryDelaySeconds), TimeSpan.FromSeconds(settings.MaxRetryDelaySeconds));
        var next = clock.GetUtcNow().UtcDateTime + delay;
        await store.MarkFailedAttemptAsync(id, token, giveUp, next, exception.Message, CancellationToken.None);
        if (giveUp)
        {
            NotificationsLog.GaveUp(logger, id, attempt, exception.GetType().Name);
        }
        else
        {
            NotificationsLog.AttemptFailed(logger, id, attempt, next, exception.GetType().Name);
        }
    }

    private static async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true);
        }
        catch (Exception exception) when (exception is IOException or MailKit.ServiceNotConnectedException or MailKit.ProtocolException)
        {
            // The messages are sent and recorded; a server that drops the connection at QUIT changes nothing.
        }
        finally
        {
            client.Dispose();
        }
    }
}
