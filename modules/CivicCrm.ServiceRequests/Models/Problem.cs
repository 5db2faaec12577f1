namespace CivicCrm.ServiceRequests.Models;

/// <summary>One real-world issue at one place. Every report of it is a <see cref="ServiceRequest"/>; every department acting on it has a <see cref="WorkItem"/>.</summary>
public sealed class Problem
{
    public long Id { get; set; }
    public string RequestTypeCode { get; set; } = "";
    public string RequestTypeGroup { get; set; } = "";
    public RequestStatus Status { get; set; } = RequestStatus.Submitted;
    public string? Address { get; set; }
    public string? NormalizedAddress { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>When the first report came in: the problem's age for ranking duplicates.</summary>
    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }

    /// <summary>Set when merged into another problem; its reports moved there.</summary>
    public long? MergedIntoId { get; set; }
}
