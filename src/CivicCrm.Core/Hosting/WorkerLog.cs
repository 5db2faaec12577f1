using Microsoft.Extensions.Logging;

namespace CivicCrm.Hosting;

/// <summary>The platform's background workers' notable events.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Error, "Re-reading the enabled features failed; the known ones stay in use and it tries again at the next tick")]
    public static partial void FeatureRefreshFailed(ILogger logger, Exception exception);
}
