namespace CivicCrm.Open311.Services;

/// <summary>
/// mySociety's extended statuses (FixMyStreet's <c>servicerequestupdates</c>) and our lifecycle. Out: every lifecycle
/// status has one extended status. In: DUPLICATE and INTERNAL_REFERRAL have no plain status (staff merge or transfer),
/// so they are refused; the others map to the nearest lifecycle status.
/// </summary>
public static class ExtendedStatuses
{
    public static readonly IReadOnlyList<string> All =
    [
        "OPEN", "CLOSED", "FIXED", "IN_PROGRESS", "ACTION_SCHEDULED", "INVESTIGATING", "DUPLICATE", "NOT_COUNCILS_RESPONSIBILITY",
        "NO_FURTHER_ACTION", "INTERNAL_REFERRAL", "FOR_TRIAGE", "CANCELLED", "REOPEN",
    ];

    /// <summary>Our lifecycle status (snake case) as an extended status.</summary>
    public static string FromLifecycle(string status) => status switch
    {
        "submitted" => "OPEN",
        "acknowledged" => "INVESTIGATING",
        "in_progress" => "IN_PROGRESS",
        "on_hold" => "ACTION_SCHEDULED",
        "resolved" => "FIXED",
        "closed" => "CLOSED",
        "duplicate" => "DUPLICATE",
        "transferred" => "INTERNAL_REFERRAL",
        "cancelled" => "CANCELLED",
        _ => "OPEN",
    };

    /// <summary>The lifecycle status (snake case) an incoming extended status asks for, or null when there is none.</summary>
    public static string? ToLifecycle(string extended) => extended.ToUpperInvariant() switch
    {
        "OPEN" or "REOPEN" or "FOR_TRIAGE" => "submitted",
        "INVESTIGATING" => "acknowledged",
        "IN_PROGRESS" or "ACTION_SCHEDULED" => "in_progress",
        "FIXED" => "resolved",
        "CLOSED" or "NO_FURTHER_ACTION" or "NOT_COUNCILS_RESPONSIBILITY" => "closed",
        "CANCELLED" => "cancelled",
        _ => null,
    };

    public static bool IsKnown(string extended) => All.Contains(extended.ToUpperInvariant(), StringComparer.Ordinal);
}
