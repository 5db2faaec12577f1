using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Import;

/// <summary>An import row that passed <see cref="ImportRowParser"/>: typed, trimmed, times in UTC.</summary>
public sealed record ParsedImportRow(
    int Line,
    string SourceId,
    string ServiceCode,
    string? ServiceName,
    string? DepartmentCode,
    RequestStatus Status,
    DateTime RequestedUtc,
    DateTime? ClosedUtc,
    double? Latitude,
    double? Longitude,
    string? Address,
    string? Description);
