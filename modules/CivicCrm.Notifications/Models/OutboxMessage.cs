namespace CivicCrm.Notifications.Models;

/// <summary>
/// One email in the outbox. <see cref="NextAttemptUtc"/> is both the retry schedule and the lease: a worker claims
/// a due row by moving it into the future together with its <see cref="ClaimToken"/>, so no other node takes it
/// while it is being sent, and a node that dies mid-send only delays the row until the lease runs out.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }
    public DateTime CreatedUtc { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The claim of the worker sending the message now; null when nobody holds it.</summary>
    public string? ClaimToken { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The last failure's message (an SMTP answer or connection error), for the admin; never the body.</summary>
    public string? LastError { get; set; }
}
