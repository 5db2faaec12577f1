using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>A report as any channel hands it in.</summary>
public sealed record IntakeRequest
{
    public string? ServiceCode { get; init; }
    public string? Description { get; init; }
    public IReadOnlyDictionary<string, string[]> Answers { get; init; } = new Dictionary<string, string[]>();
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public Channel Channel { get; init; } = Channel.Web;
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? MediaUrl { get; init; }

    /// <summary>The caller or resident picked this existing problem among the candidates: file the report under it.</summary>
    public long? AttachToProblemId { get; init; }

    /// <summary>API and email intake: link to the best candidate without asking, for staff to triage.</summary>
    public bool LinkAutomatically { get; init; }

    public string? CreatedBy { get; init; }
}
