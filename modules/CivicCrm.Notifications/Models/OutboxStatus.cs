namespace CivicCrm.Notifications.Models;

/// <summary>Where an outbox message is: waiting (or being sent), delivered, or given up after the last attempt.</summary>
public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}
