namespace CivicCrm.ServiceRequests.Models;

/// <summary>
/// One merge of a problem into another, with what it changed so that it can be undone exactly: the source's status,
/// the reports and work items it moved, the work items it closed as duplicate and the subscribers it moved.
/// </summary>
public sealed class ProblemMerge
{
    public long Id { get; set; }
    public long SourceProblemId { get; set; }
    public long TargetProblemId { get; set; }
    public DateTime MergedUtc { get; set; }
    public string? MergedBy { get; set; }
    public DateTime? UndoneUtc { get; set; }
    public string? UndoneBy { get; set; }

    /// <summary>What the merge changed (<see cref="ProblemMergeChanges"/>), as JSON.</summary>
    public ProblemMergeChanges Changes { get; set; } = new();
}

/// <summary>The state a merge replaced, kept to undo it.</summary>
public sealed class ProblemMergeChanges
{
    public RequestStatus SourceStatus { get; set; }
    public DateTime? SourceClosedUtc { get; set; }
    public List<long> MovedRequestIds { get; set; } = [];
    public List<long> MovedWorkItemIds { get; set; } = [];
    public List<ClosedWorkItem> ClosedWorkItems { get; set; } = [];
    public List<MovedSubscription> Subscriptions { get; set; } = [];
}

/// <summary>A work item of the source the merge closed as duplicate, and the state it had.</summary>
public sealed class ClosedWorkItem
{
    public long Id { get; set; }
    public RequestStatus Status { get; set; }
    public DateTime? OnHoldSinceUtc { get; set; }
}

/// <summary>A subscriber of the source: an address and the report it came with.</summary>
public sealed class MovedSubscription
{
    public string Email { get; set; } = "";
    public long? ServiceRequestId { get; set; }
}
