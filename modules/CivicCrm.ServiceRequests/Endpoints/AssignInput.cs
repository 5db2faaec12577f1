using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>Assigns a department's work item (or the only one) to a staff member by user name.</summary>
public sealed record AssignInput(
    [property: JsonPropertyName("department_code")] string? DepartmentCode,
    [property: JsonPropertyName("assignee")] string? Assignee);
