namespace CivicCrm.Contents.Endpoints;

public sealed record AuditEntryDto(DateTime CreatedUtc, string? UserName, string Action, string ContentItemVersionId, string DisplayText);
