namespace CivicCrm.ServiceRequests.Import;

/// <summary>Why one row was not imported: the line it starts on, its source id when known, and the field at fault.</summary>
public sealed record ImportRowError(int Line, string? SourceId, string? Field, string Message);
