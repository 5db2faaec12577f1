namespace CivicCrm.ServiceRequests;

/// <summary>
/// A report handed in by a machine channel. It runs the same intake as every channel: validation against the type's
/// questions, duplicate linking (automatic for machine channels), SLA promised date, subscription of the email.
/// </summary>
public sealed record IntakeSubmission
{
    public string? ServiceCode { get; init; }
    public string? Description { get; init; }

    /// <summary>Answers by question code; a multi-value list question takes several values.</summary>
    public IReadOnlyDictionary<string, string[]> Answers { get; init; } = new Dictionary<string, string[]>();

    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? MediaUrl { get; init; }

    /// <summary>Who filed it, for the history (e.g. the API key's name).</summary>
    public string? CreatedBy { get; init; }
}
