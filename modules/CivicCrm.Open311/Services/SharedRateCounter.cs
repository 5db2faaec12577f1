using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Open311.Services;

/// <summary>
/// Fixed-window counts kept in the database, so that several nodes behind a load balancer share one limit per key.
/// A node takes permits from the shared count in blocks (a hundredth of the limit, at most 1,000; one at a time for
/// small limits) with one insert-or-increment on its own connection, outside the request's transaction, and spends
/// them locally: the city-wide count never exceeds the limit (permits a node took and did not spend make it refuse a
/// little early), and a busy key costs one statement per block, not one per call on a single hot row. The first
/// block of a window clears the partition's earlier windows and any window older than a day.
/// </summary>
public sealed class SharedRateCounter(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Partition, DateTime Start), Lease> _leases = new();

    public async Task<(bool Allowed, int? RetryAfterSeconds)> TryAcquireAsync(string partition, int limit, int windowSeconds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = TimeSpan.FromSeconds(windowSeconds);
        var start = new DateTime(now.Ticks - now.Ticks % window.Ticks, DateTimeKind.Utc);
        var retryAfter = (int)Math.Ceiling((start + window - now).TotalSeconds);
        var lease = _leases.GetOrAdd((partition, start), key =>
        {
            foreach (var old in _leases.Keys.Where(k => k.Start < key.Start))
            {
                _leases.TryRemove(old, out _);
            }

            return new Lease();
        });
        if (lease.TryTake())
        {
            return (true, null);
        }

        var block = Math.Clamp(limit / 100, 1, 1000);
        var total = await AddAsync(partition, start, block, now, cancellationToken);
        var granted = Math.Clamp(limit - (total - block), 0, block);
        if (granted == 0)
        {
            return (false, retryAfter);
        }

        lease.Add(granted - 1); // one is this call's
        return (true, null);
    }

    /// <summary>Adds a block to the shared count and answers the new total.</summary>
    private async Task<int> AddAsync(string partition, DateTime start, int block, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var total = (await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO "Open311RateWindows" ("Partition", "WindowStartUtc", "Calls") VALUES ({partition}, {start}, {block})
            ON CONFLICT ("Partition", "WindowStartUtc") DO UPDATE SET "Calls" = "Open311RateWindows"."Calls" + {block}
            RETURNING "Calls" AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        if (total == block)
        {
            var dayAgo = now.AddDays(-1);
            await db.Database.ExecuteSqlAsync(
                $"""DELETE FROM "Open311RateWindows" WHERE ("Partition" = {partition} AND "WindowStartUtc" < {start}) OR "WindowStartUtc" < {dayAgo}""",
                cancellationToken);
        }

        return total;
    }

    /// <summary>Permits this node took from the shared count for one partition and window and has not spent yet.</summary>
    private sealed class Lease
    {
        private int _remaining;

        public bool TryTake()
        {
            var seen = Volatile.Read(ref _remaining);
            while (seen > 0)
            {
                var was = Interlocked.CompareExchange(ref _remaining, seen - 1, seen);
                if (was == seen)
                {
                    return true;
                }

                seen = was;
            }

            return false;
        }

        public void Add(int permits) => Interlocked.Add(ref _remaining, permits);
    }
}
