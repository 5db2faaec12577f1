using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Notifications;

/// <summary><c>CivicCrm:Notifications</c>: SMTP, the worker's pace and retries, and the template limits.</summary>
public sealed class NotificationsOptions
{
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Attempts before a message is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Messages claimed per poll.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 5;

    /// <summary>The delay after the first failed attempt; it doubles with each further one.</summary>
    [Range(0.05, 86400)]
    public double RetryDelaySeconds { get; set; } = 30;

    [Range(1, 604800)]
    public double MaxRetryDelaySeconds { get; set; } = 6 * 3600;

    /// <summary>How long a claimed message is reserved for the node sending it; longer than an SMTP exchange can last.</summary>
    [Range(10, 86400)]
    public double LeaseSeconds { get; set; } = 300;

    [Range(100, 10_000_000)]
    public int TemplateMaxSteps { get; set; } = 20_000;

    /// <summary>The largest rendered subject or body, in characters.</summary>
    [Range(1000, 10_000_000)]
    public int TemplateMaxOutputChars { get; set; } = 200_000;
}
