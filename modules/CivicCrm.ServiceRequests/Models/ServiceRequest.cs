namespace CivicCrm.ServiceRequests.Models;

/// <summary>One resident's report, filed under exactly one problem.</summary>
public sealed class ServiceRequest
{
    public long Id { get; set; }
    public string TrackingNumber { get; set; } = "";
    public long ProblemId { get; set; }
    public string RequestTypeCode { get; set; } = "";
    public RequestStatus Status { get; set; } = RequestStatus.Submitted;
    public string Priority { get; set; } = "normal";
    public string? Description { get; set; }

    /// <summary>Answers to the type's questions, by question code (JSON).</summary>
    public Dictionary<string, string> Answers { get; set; } = [];

    public string? Address { get; set; }
    public string? NormalizedAddress { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public Channel Channel { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? MediaUrl { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime RequestedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }

    /// <summary>The promised date given to the resident when the report was filed.</summary>
    public DateTime? ExpectedUtc { get; set; }

    /// <summary>The id in the city's previous system, for imported history; unique.</summary>
    public string? SourceId { get; set; }
}
