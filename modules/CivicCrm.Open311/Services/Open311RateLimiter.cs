using System.Threading.RateLimiting;

namespace CivicCrm.Open311.Services;

/// <summary>
/// A fixed-window limit per partition (an API key's id, or the client's address without a key), from the ASP.NET
/// Core rate-limiting library. Rebuilt when the configured limit or window changes. Counts are per node.
/// </summary>
public sealed class Open311RateLimiter : IDisposable
{
    private readonly Lock _gate = new();
    private PartitionedRateLimiter<string>? _limiter;
    private (int Limit, int Window) _shape;

    /// <summary>True when the call may proceed; otherwise the seconds to wait, when known.</summary>
    public (bool Allowed, int? RetryAfterSeconds) TryAcquire(string partition, int limit, int windowSeconds)
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
