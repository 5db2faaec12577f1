namespace CivicCrm.ServiceRequests.Models;

/// <summary>The lifecycle of a problem, its work items and its reports.</summary>
public enum RequestStatus
{
    Submitted = 1,
    Acknowledged = 2,
    InProgress = 3,
    OnHold = 4,
    Resolved = 5,
    Closed = 6,
    Duplicate = 7,
    Transferred = 8,
    Cancelled = 9,
}
