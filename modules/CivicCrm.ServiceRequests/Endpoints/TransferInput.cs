using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>Moves a work item (of <c>from_department_code</c>, or the only open one) to another department, with the reason.</summary>
public sealed record TransferInput(
    [property: JsonPropertyName("from_department_code")] string? FromDepartmentCode,
    [property: JsonPropertyName("department_code")] string? DepartmentCode,
    [property: JsonPropertyName("reason")] string? Reason);
