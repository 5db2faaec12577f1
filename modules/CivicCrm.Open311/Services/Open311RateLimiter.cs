using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivicCrm.Open311.Services;

/// <summary>
/// A fixed-window limit per partition (an API key's hash, or the client's address without a key). On SQLite (one node)
/// the counts live in memory, from the ASP.NET Core rate-limiting library, rebuilt when the limit or window changes; on
/// a database several nodes share (PostgreSQL) they live in that database (<see cref="SharedRateCounter"/>), so the
/// limit holds for the whole city, not per node.
/// </summary>
public sealed class Open311RateLimiter(IServiceScopeFactory scopes, SharedRateCounter shared, IOptions<Open311Options> options) : IDisposable
{
    private readonly Lock _gate = new();
    private PartitionedRateLimiter<string>? _limiter;
    private (int Limit, int Window) _shape;
    private bool? _shared;

    /// <summary>True when the call may proceed; otherwise the seconds to wait, when known.</summary>
    public Task<(bool Allowed, int? RetryAfterSeconds)> TryAcquireAsync(string partition, int limit, int windowSeconds, CancellationToken cancellationToken) =>
        IsShared() ? shared.TryAcquireAsync(partition, limit, windowSeconds, cancellationToken) : Task.FromResult(TryAcquireHere(partition, limit, windowSeconds));

    /// <summary>
    /// Whether calls are counted in the database, for every node: as <c>CivicCrm:Open311:SharedRateLimit</c> says, else on
    /// any database but SQLite, which serves one node.
    /// </summary>
    private bool IsShared()
    {
        if ((_shared ??= options.Value.SharedRateLimit) is { } known)
        {
            return known;
        }

        using var scope = scopes.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<DbContext>().Database.ProviderName ?? "";
        _shared = !provider.EndsWith(".Sqlite", StringComparison.Ordinal);
        return _shared.Value;
    }

    private (bool Allowed, int? RetryAfterSeconds) TryAcquireHere(string partition, int limit, int windowSeconds)
    {
        using var lease = Limiter(limit, windowSeconds).AttemptAcquire(partition);
        if (lease.IsAcquired)
        {
            return (true, null);
        }

        return (false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : windowSeconds);
    }

    public void Dispose()
    {
        _limiter?.Dispose();
    }

    private PartitionedRateLimiter<string> Limiter(int limit, int windowSeconds)
    {
        lock (_gate)
        {
            if (_limiter is null || _shape != (limit, windowSeconds))
            {
                _limiter?.Dispose();
                _shape = (limit, windowSeconds);
                _limiter = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(partition, _ =>
                    new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromSeconds(windowSeconds), QueueLimit = 0, AutoReplenishment = true }));
            }

            return _limiter;
        }
    }
}
