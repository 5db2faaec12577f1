using CivicCrm.Notifications.Models;

namespace CivicCrm.Notifications.ViewModels;

public sealed class OutboxViewModel
{
    public required OutboxStatus Status { get; init; }
    public required IReadOnlyDictionary<OutboxStatus, int> Counts { get; init; }
    public required IReadOnlyList<OutboxMessage> Messages { get; init; }
    public required bool SmtpConfigured { get; init; }
    public int MaxAttempts { get; init; }
}
