using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>Another department must act on the problem: a new work item for it, with an optional internal note.</summary>
public sealed record AddDepartmentInput(
    [property: JsonPropertyName("department_code")] string? DepartmentCode,
    [property: JsonPropertyName("note")] string? Note);
