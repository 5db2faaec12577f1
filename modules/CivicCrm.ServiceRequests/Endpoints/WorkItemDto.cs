using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

public sealed record WorkItemDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("department_code")] string DepartmentCode,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("assignee")] string? Assignee,
    [property: JsonPropertyName("due_datetime")] DateTime? DueUtc,
    [property: JsonPropertyName("warning_datetime")] DateTime? WarningUtc);
