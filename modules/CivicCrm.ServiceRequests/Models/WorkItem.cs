namespace CivicCrm.ServiceRequests.Models;

/// <summary>What one department must do about a problem, with its own status, assignee and SLA.</summary>
public sealed class WorkItem
{
    public long Id { get; set; }
    public long ProblemId { get; set; }
    public string DepartmentCode { get; set; } = "";
    public RequestStatus Status { get; set; } = RequestStatus.Submitted;
    public string? Assignee { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? DueUtc { get; set; }
    public DateTime? WarningUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }

    /// <summary>When the item went on hold; the SLA clock is paused from then until it resumes.</summary>
    public DateTime? OnHoldSinceUtc { get; set; }

    public DateTime? WarningSentUtc { get; set; }
    public DateTime? BreachSentUtc { get; set; }
}
