using Microsoft.Extensions.Logging;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>Notable events of email intake. Residents appear only by tracking number, never by address.</summary>
internal static partial class InboundEmailLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Inbound SMTP listener on {Address}:{Port} for {RecipientCount} recipient address(es)")]
    public static partial void Listening(ILogger logger, string address, int port, int recipientCount);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Emailed report filed as {TrackingNumber} (type {ServiceCode}, linked to an open problem: {Linked})")]
    public static partial void Filed(ILogger logger, string trackingNumber, string? serviceCode, bool linked);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Inbound email not filed: {Reason}")]
    public static partial void NotFiled(ILogger logger, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Inbound email could not be processed")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Inbound SMTP listener is off (no CivicCrm:ServiceRequests:InboundSmtp:Port)")]
    public static partial void Off(ILogger logger);
}
