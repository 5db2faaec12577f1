using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

public sealed record StatusChangeInput(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("public")] bool Public,
    [property: JsonPropertyName("department_code")] string? DepartmentCode);
