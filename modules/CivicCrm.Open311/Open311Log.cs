using Microsoft.Extensions.Logging;

namespace CivicCrm.Open311;

/// <summary>The module's notable events. Residents' data never appears here, only ids.</summary>
internal static partial class Open311Log
{
    [LoggerMessage(1, LogLevel.Information, "Open311 batch submission {Token} filed as {TrackingNumber}")]
    public static partial void BatchFiled(ILogger logger, string token, string trackingNumber);

    [LoggerMessage(2, LogLevel.Information, "Open311 batch submission {Token} refused: {Fields}")]
    public static partial void BatchRefused(ILogger logger, string token, string fields);

    [LoggerMessage(4, LogLevel.Error, "Open311 batch submission {Token} could not be filed")]
    public static partial void BatchFailed(ILogger logger, string token, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Open311 rate limit reached for {Partition}")]
    public static partial void RateLimited(ILogger logger, string partition);

    [LoggerMessage(5, LogLevel.Error, "Open311 call {Method} {Path} failed unexpectedly; answered 500")]
    public static partial void CallFailed(ILogger logger, string method, string path, Exception exception);
}
