namespace CivicCrm.ServiceRequests.Models;

/// <summary>One entry of a problem's history: who changed what, when, why, and whether residents see the note.</summary>
public sealed class RequestEvent
{
    public long Id { get; set; }
    public long ProblemId { get; set; }
    public long? ServiceRequestId { get; set; }
    public long? WorkItemId { get; set; }

    /// <summary>filed, status, note, assigned, transferred, merged, split, department-added.</summary>
    public string Kind { get; set; } = "";

    public RequestStatus? FromStatus { get; set; }
    public RequestStatus? ToStatus { get; set; }
    public string? Note { get; set; }
    public bool IsPublic { get; set; }
    public string? Actor { get; set; }
    public DateTime CreatedUtc { get; set; }
}
