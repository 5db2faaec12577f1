namespace CivicCrm.ServiceRequests;

/// <summary>
/// A report as anyone may see it: no reporter's personal data, only public notes. <see cref="Status"/> is the
/// lifecycle status in snake case (submitted, acknowledged, in_progress, on_hold, resolved, closed, duplicate,
/// transferred, cancelled).
/// </summary>
public sealed record PublicRequestInfo(
    string TrackingNumber,
    string Status,
    bool IsOpen,
    string ServiceCode,
    string? ServiceName,
    string? Description,
    string? AgencyResponsible,
    DateTime RequestedUtc,
    DateTime UpdatedUtc,
    DateTime? ExpectedUtc,
    string? Address,
    double? Latitude,
    double? Longitude,
    string? MediaUrl,
    string Channel,
    string? LatestPublicNote,
    string? DuplicateOf,
    IReadOnlyDictionary<string, string>? Answers,
    IReadOnlyList<PublicNoteInfo>? Notes,
    string? Ward = null);
