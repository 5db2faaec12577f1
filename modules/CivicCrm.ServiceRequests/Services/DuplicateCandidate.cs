namespace CivicCrm.ServiceRequests.Services;

/// <summary>An open problem that a new report may describe, with its first report and how likely it is the same.</summary>
public sealed record DuplicateCandidate(
    string ServiceRequestId,
    long ProblemId,
    double Score,
    double? DistanceMeters,
    DateTime RequestedUtc,
    string? Address,
    string? SourceId,
    string RequestTypeCode,
    bool SameAddress);
