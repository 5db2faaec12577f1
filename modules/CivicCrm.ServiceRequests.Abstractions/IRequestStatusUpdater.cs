namespace CivicCrm.ServiceRequests;

/// <summary>Changes the status of a report's problem and/or adds a note, through the same lifecycle staff use.</summary>
public interface IRequestStatusUpdater
{
    /// <summary><paramref name="status"/> is a lifecycle status in snake case, or null for a note only.</summary>
    Task<RequestUpdateOutcome> UpdateAsync(string trackingNumber, string? status, string? note, bool isPublic, string? actor, CancellationToken cancellationToken = default);
}
