namespace CivicCrm.Notifications.Services;

/// <summary>Exponential backoff: the first retry after the base delay, each further one twice as late, up to a cap.</summary>
public static class RetryPolicy
{
    /// <summary>The wait after the given number of failed attempts (1 for the first failure).</summary>
    public static TimeSpan DelayAfter(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // 2^30 times any sensible base is beyond every cap; stopping there keeps the arithmetic from overflowing.
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var delay = baseDelay.TotalSeconds * factor;
        return TimeSpan.FromSeconds(Math.Min(delay, maxDelay.TotalSeconds));
    }
}
