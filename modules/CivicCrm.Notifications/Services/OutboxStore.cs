using CivicCrm.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Notifications.Services;

/// <summary>
/// The outbox's state changes, each one conditional UPDATE: a row is claimed only if it is still queued and due, so
/// of several nodes polling together exactly one gets it; a result is recorded only by the claim's holder.
/// </summary>
public sealed class OutboxStore(DbContext db)
{
    private IQueryable<OutboxMessage> Messages => db.Set<OutboxMessage>();

    public Task<List<long>> DueAsync(DateTime now, int take, CancellationToken cancellationToken) =>
        Messages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptUtc <= now)
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => m.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

    /// <summary>Reserves the message until <paramref name="leaseUntil"/>; null when another node was first.</summary>
    public async Task<OutboxMessage?> ClaimAsync(long id, string token, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        var claimed = await Messages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Queued && m.NextAttemptUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, leaseUntil).SetProperty(m => m.ClaimToken, token), cancellationToken);
        return claimed == 1 ? await Messages.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken) : null;
    }

    public Task MarkSentAsync(long id, string token, DateTime now, CancellationToken cancellationToken) =>
        Messages.Where(m => m.Id == id && m.ClaimToken == token)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentUtc, now)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.ClaimToken, (string?)null)
                    .SetProperty(m => m.LastError, (string?)null),
                cancellationToken);

    public Task MarkFailedAttemptAsync(long id, string token, bool giveUp, DateTime nextAttempt, string error, CancellationToken cancellationToken) =>
        Messages.Where(m => m.Id == id && m.ClaimToken == token)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Queued)
                    .SetProperty(m => m.NextAttemptUtc, nextAttempt).SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.ClaimToken, (string?)null).SetProperty(m => m.LastError, error.Length > 1000 ? error[..1000] : error),
                cancellationToken);

    /// <summary>Queues a failed message again with a fresh count of attempts. False when it is not a failed message.</summary>
    public async Task<bool> RetryAsync(long id, DateTime now, CancellationToken cancellationToken) =>
        await Messages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Queued).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptUtc, now),
                cancellationToken) == 1;
}
