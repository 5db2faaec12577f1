namespace CivicCrm.ServiceRequests;

/// <summary>A public change of a problem as seen by one of its reports; <see cref="Status"/> as in <see cref="PublicRequestInfo"/>.</summary>
public sealed record PublicRequestUpdate(long EventId, string TrackingNumber, string Status, bool IsOpen, string? Note, DateTime CreatedUtc, string? MediaUrl);
