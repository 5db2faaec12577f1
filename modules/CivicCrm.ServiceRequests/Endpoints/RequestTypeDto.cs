using System.Text.Json.Serialization;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Endpoints;

public sealed record RequestTypeDto(
    [property: JsonPropertyName("service_code")] string Code,
    [property: JsonPropertyName("service_name")] string Name,
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("keywords")] string Keywords,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("department_code")] string DepartmentCode,
    [property: JsonPropertyName("sla_target_hours")] double SlaTargetHours,
    [property: JsonPropertyName("questions")] IReadOnlyList<Question> Questions)
{
    public static RequestTypeDto From(RequestType type) => new(
        type.Code, type.Name, type.Group, type.Keywords, type.Description, type.DepartmentCode, type.SlaTargetHours,
        type.Questions.OrderBy(q => q.Order).ToList());
}
