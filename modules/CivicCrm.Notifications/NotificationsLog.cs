using Microsoft.Extensions.Logging;

namespace CivicCrm.Notifications;

/// <summary>The module's notable events. Messages appear by id: never a recipient, subject or body.</summary>
internal static partial class NotificationsLog
{
    [LoggerMessage(1, LogLevel.Information, "Email is not configured (CivicCrm:Notifications:Smtp:Host is empty); messages stay queued until it is")]
    public static partial void SmtpNotConfigured(ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Email is sent through {Host}:{Port}")]
    public static partial void SmtpConfigured(ILogger logger, string host, int port);

    [LoggerMessage(3, LogLevel.Information, "Sending message {MessageId} failed on attempt {Attempt}; retrying at {NextAttemptUtc:u} ({ErrorType})")]
    public static partial void AttemptFailed(ILogger logger, long messageId, int attempt, DateTime nextAttemptUtc, string errorType);

    [LoggerMessage(4, LogLevel.Warning, "Message {MessageId} was not delivered after {Attempts} attempts and is marked failed ({ErrorType})")]
    public static partial void GaveUp(ILogger logger, long messageId, int attempts, string errorType);

    [LoggerMessage(5, LogLevel.Error, "The outbox worker failed while polling; it tries again at the next poll")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Debug, "Message {MessageId} sent")]
    public static partial void Sent(ILogger logger, long messageId);
}
