namespace CivicCrm.ServiceRequests;

/// <summary>One public entry of a problem's history; <see cref="Status"/> is the lifecycle status after it (snake case).</summary>
public sealed record PublicNoteInfo(long Id, string Kind, string? Status, string? Note, DateTime CreatedUtc);
