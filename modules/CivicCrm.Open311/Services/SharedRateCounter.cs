using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Open311.Services;

/// <summary>
/// Fixed-window counts kept in the database, so that several nodes behind a load balancer share one limit per key.
/// Each call is one insert-or-increment on its own connection, outside the request's transaction: a refused or failed
/// call still counts, and calls of one key never wait on each other's transactions. The first call of a window clears
/// the partition's earlier windows and any window older than a day.
/// </summary>
public sealed class SharedRateCounter(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<(bool Allowed, int? RetryAfterSeconds)> TryAcquireAsync(string partition, int limit, int windowSeconds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = TimeSpan.FromSeconds(windowSeconds);
        var start = new DateTime(now.Ticks - now.Ticks % window.Ticks, DateTimeKind.Utc);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var calls = (await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO "Open311RateWindows" ("Partition", "WindowStartUtc", "Calls") VALUES ({partition}, {start}, 1)
            ON CONFLICT ("Partition", "WindowStartUtc") DO UPDATE SET "Calls" = "Open311RateWindows"."Calls" + 1
            RETURNING "Calls" AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        if (calls == 1)
        {
            var dayAgo = now.AddDays(-1);
            await db.Database.ExecuteSqlAsync(
                $"""DELETE FROM "Open311RateWindows" WHERE ("Partition" = {partition} AND "WindowStartUtc" < {start}) OR "WindowStartUtc" < {dayAgo}""",
                cancellationToken);
        }

        return calls <= limit ? (true, null) : (false, (int)Math.Ceiling((start + window - now).TotalSeconds));
    }
}
